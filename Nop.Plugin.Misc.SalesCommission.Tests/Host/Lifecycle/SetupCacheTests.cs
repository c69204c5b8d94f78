using Nop.Core.Caching;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Orders;
using NUnit.Framework;
using LadderWindow = Nop.Plugin.Misc.SalesCommission.Engine.Programs.LadderWindow;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>
/// The commission setup is kept in the host's static cache between paid orders; a change made through the plugin's
/// services (program, client owners, target) reaches the next paid order through the entity events alone.
/// </summary>
[TestFixture]
public class SetupCacheTests : PluginHostTest
{
    private static CommissionStoreData Data => new(ResolveService);

    private static List<CommissionEntry> Entries(int orderId) =>
        Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.OrderId == orderId).OrderBy(entry => entry.Id).ToList();

    private static int ProgramOf(int repCustomerId) =>
        Resolve<IRepository<ProgramBeneficiary>>().Table.Single(payee => payee.BeneficiaryId == repCustomerId).ProgramId;

    /// <summary>A new unpaid order of the same client with the same totals.</summary>
    private static async Task<Order> NextOrderAsync(Order previous)
    {
        var order = CommissionStoreData.UnpaidCopyOf(previous, previous.CustomerId);
        await Resolve<IOrderService>().InsertOrderAsync(order);
        return order;
    }

    private static async Task PayAsync(Order order) => await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);

    private static async Task<bool> ProgramsCachedAsync()
    {
        var cache = Resolve<IStaticCacheManager>();
        return await cache.GetAsync(cache.PrepareKeyForDefaultCache(SalesCommissionDefaults.ProgramsCacheKey)) is not null;
    }

    [Test]
    public async Task A_paid_order_leaves_the_setup_in_the_static_cache()
    {
        var (order, _) = await Data.UnpaidOrderWithRepAsync(10m);

        await PayAsync(order);

        Assert.That(await ProgramsCachedAsync(), Is.True);
    }

    [Test]
    public async Task A_changed_program_rate_is_used_by_the_next_paid_order()
    {
        var (first, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        await PayAsync(first);
        Assert.That(await ProgramsCachedAsync(), Is.True);
        var programs = Resolve<IProgramService>();
        var definition = await programs.GetDefinitionAsync(ProgramOf(rep));

        definition.Program.Rate = 20m;
        await programs.SaveAsync(definition);
        var second = await NextOrderAsync(first);
        await PayAsync(second);

        Assert.That(Entries(first.Id).Single().Amount, Is.EqualTo(Math.Round(first.OrderTotal * 0.10m, 2)));
        Assert.That(Entries(second.Id).Single().Amount, Is.EqualTo(Math.Round(second.OrderTotal * 0.20m, 2)));
    }

    [Test]
    public async Task A_client_moved_to_another_rep_credits_the_next_paid_order_to_the_new_rep()
    {
        var (first, firstRep) = await Data.UnpaidOrderWithRepAsync(10m);
        var (_, otherRep) = await Data.UnpaidOrderWithRepAsync(5m);
        await PayAsync(first);

        var problems = await Resolve<IClientAssignmentService>().SaveOwnersAsync(false, first.CustomerId, [(otherRep, 100m)]);
        var second = await NextOrderAsync(first);
        await PayAsync(second);

        Assert.That(problems, Is.Empty);
        Assert.That(Entries(first.Id).Single().BeneficiaryId, Is.EqualTo(firstRep));
        var entry = Entries(second.Id).Single();
        Assert.That(entry.BeneficiaryId, Is.EqualTo(otherRep));
        Assert.That(entry.Amount, Is.EqualTo(Math.Round(second.OrderTotal * 0.05m, 2)));
    }

    [Test]
    public async Task A_client_whose_owners_are_removed_earns_nobody_commission_on_the_next_paid_order()
    {
        var (first, _) = await Data.UnpaidOrderWithRepAsync(10m);
        await PayAsync(first);

        await Resolve<IClientAssignmentService>().SaveOwnersAsync(false, first.CustomerId, []);
        var second = await NextOrderAsync(first);
        await PayAsync(second);

        Assert.That(Entries(first.Id), Has.Count.EqualTo(1));
        Assert.That(Entries(second.Id), Is.Empty);
    }

    [Test]
    public async Task A_lowered_target_accelerates_the_next_paid_order()
    {
        //10% of the order total, doubled once the rep's credited sales of the month reach their target
        var (first, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        var programs = Resolve<IProgramService>();
        var definition = await programs.GetDefinitionAsync(ProgramOf(rep));
        definition.Program.AcceleratorThresholdPercent = 100m;
        definition.Program.AcceleratorFactor = 2m;
        await programs.SaveAsync(definition);
        var now = DateTime.UtcNow;
        var target = new CommissionTarget
        {
            StaffCustomerId = rep,
            PeriodId = (int)LadderWindow.Month,
            StartDateUtc = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            Amount = 1_000_000m
        };
        var targets = Resolve<ITargetService>();
        await targets.InsertTargetAsync(target);
        await PayAsync(first);

        target.Amount = 0.01m;
        await targets.UpdateTargetAsync(target);
        var second = await NextOrderAsync(first);
        await PayAsync(second);

        Assert.That(Entries(first.Id).Sum(entry => entry.Amount), Is.EqualTo(Math.Round(first.OrderTotal * 0.10m, 2)));
        Assert.That(Entries(second.Id).Sum(entry => entry.Amount), Is.EqualTo(Math.Round(second.OrderTotal * 0.20m, 2)));
    }
}
