using System.Globalization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>Long work runs as a background job: one of a kind at a time, with progress, a cancel and a kept result.</summary>
[TestFixture]
public class BackgroundJobTests : PluginHostTest
{
    /// <summary>Each test's own month, far from the orders other tests pay.</summary>
    private static DateTime MonthOf(int test) => new(2034, test, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>An order of a new client of a new rep (10% of the order total), paid in the month.</summary>
    private static async Task<(Order Order, int RepCustomerId)> PaidOrderAsync(DateTime month)
    {
        var (order, rep) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        order.PaymentStatus = PaymentStatus.Paid;
        order.OrderStatus = OrderStatus.Complete;
        order.PaidDateUtc = month.AddDays(2);
        await Resolve<IRepository<Order>>().UpdateAsync(order, false);
        return (order, rep);
    }

    private static async Task<CommissionJob> QueuedRecalculationAsync(JobKind kind, DateTime month)
    {
        await PaidOrderAsync(month);

        var range = new PaidOrderRange(month, month.AddMonths(1), null);
        var (job, started) = await Resolve<ICommissionJobService>().StartAsync(kind, new RecalculationJobRequest(range, null, null, null));
        Assert.That(started, Is.True);
        return job;
    }

    [Test]
    public async Task A_second_job_of_a_kind_is_not_started_while_the_first_has_not_finished()
    {
        var first = await QueuedRecalculationAsync(JobKind.RecalculationPreview, MonthOf(1));

        var (second, started) = await Resolve<ICommissionJobService>().StartAsync(JobKind.RecalculationPreview,
            new RecalculationJobRequest(new PaidOrderRange(MonthOf(1), MonthOf(2), null), null, null, null));

        Assert.That((started, second.Id), Is.EqualTo((false, first.Id)));
        await Resolve<ICommissionJobRunner>().RunAsync(first.Id, CancellationToken.None);
    }

    [Test]
    public async Task A_finished_job_reports_every_order_done_and_keeps_its_result_until_viewed()
    {
        var queued = await QueuedRecalculationAsync(JobKind.RecalculationApply, MonthOf(3));

        await Resolve<ICommissionJobRunner>().RunAsync(queued.Id, CancellationToken.None);

        var jobs = Resolve<ICommissionJobService>();
        var job = await jobs.GetJobAsync(queued.Id);
        var result = jobs.Read<RecalculationJobResult>(job.Result);
        Assert.Multiple(() =>
        {
            Assert.That(job.Status, Is.EqualTo(JobStatus.Completed));
            Assert.That((job.Done, job.Total), Is.EqualTo((1, 1)));
            Assert.That(result.Orders, Is.EqualTo(1));
            Assert.That(result.Changes, Is.EqualTo(result.Differences.Count).And.GreaterThan(0));
            Assert.That(job.ViewedOnUtc, Is.Null);
        });
    }

    [Test]
    public async Task A_cancelled_apply_stops_after_the_batch_in_hand_and_says_so()
    {
        var queued = await QueuedRecalculationAsync(JobKind.RecalculationApply, MonthOf(5));
        var jobs = Resolve<ICommissionJobService>();
        await jobs.RequestCancelAsync(queued);

        await Resolve<ICommissionJobRunner>().RunAsync(queued.Id, CancellationToken.None);

        var job = await jobs.GetJobAsync(queued.Id);
        Assert.That(job.Status, Is.EqualTo(JobStatus.Cancelled));
        Assert.That(jobs.Read<RecalculationJobResult>(job.Result).Orders, Is.EqualTo(1), "the batch in hand was written whole");
    }

    [Test]
    public async Task A_simulation_result_reads_back_with_its_sample_entries_and_their_derivations()
    {
        var month = MonthOf(7);
        var (order, rep) = await PaidOrderAsync(month);
        var programId = Resolve<IRepository<ProgramBeneficiary>>().Table.First(beneficiary => beneficiary.BeneficiaryId == rep).ProgramId;
        var definition = await Resolve<IProgramService>().GetDefinitionAsync(programId);
        var jobs = Resolve<ICommissionJobService>();
        var (queued, started) = await jobs.StartAsync(JobKind.Simulation, new SimulationJobRequest(definition, month, month.AddMonths(1)));
        Assert.That(started, Is.True);

        await Resolve<ICommissionJobRunner>().RunAsync(queued.Id, CancellationToken.None);

        var job = await jobs.GetJobAsync(queued.Id);
        Assert.That(job.Status, Is.EqualTo(JobStatus.Completed), job.Message);
        var simulation = jobs.Read<ProgramSimulation>(job.Result);
        var entry = simulation.SampleEntries.Single(sample => sample.OrderId == order.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Multiple(() =>
        {
            Assert.That(entry.Amount, Is.EqualTo(Money.Round(order.OrderTotal * 0.10m)));
            Assert.That(entry.Derivation, Is.Not.Null, "the derivation is written as the reader reads it");
            Assert.That(simulation.Total, Is.EqualTo(entry.Amount));
        });
    }
}
