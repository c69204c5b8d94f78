using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>
/// History kept (rules §5): an order is recalculated with the crediting it was paid with and under the program version in
/// force when it was paid, so reassigning its client and re-rating its program move nothing until the manager asks to
/// credit again.
/// </summary>
[TestFixture]
public class HistoryKeptTests : PluginHostTest
{
    private static IQueryable<CommissionEntry> Entries(int orderId) =>
        Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.OrderId == orderId);

    private static int ProgramOf(int orderId) => Entries(orderId).First().ProgramId;

    private static async Task<(Order Order, int Rep, int OtherRep)> PaidOrderOfAClientThenReassignedAsync()
    {
        var data = new CommissionStoreData(ResolveService);
        var (order, rep) = await data.UnpaidOrderWithRepAsync(10m);
        var (_, otherRep) = await data.UnpaidOrderWithRepAsync(15m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);

        var owners = Resolve<IRepository<ClientAssignment>>();
        await owners.DeleteAsync(owner => owner.CustomerId == order.CustomerId);
        await owners.InsertAsync(new ClientAssignment { CustomerId = order.CustomerId, StaffCustomerId = otherRep, Split = 100m });

        return (order, rep, otherRep);
    }

    private static async Task<VersionedSave> ReRateAsync(int programId, decimal ratePercent, DateOnly effectiveDay)
    {
        var definition = await Resolve<IProgramService>().GetDefinitionAsync(programId);
        definition.Program.Rate = ratePercent;
        return await Resolve<IProgramVersionService>().SaveAsync(definition, effectiveDay);
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Test]
    public async Task A_paid_order_keeps_its_crediting_with_the_seller_and_split()
    {
        var (order, rep, _) = await PaidOrderOfAClientThenReassignedAsync();

        var stored = (await Resolve<IOrderCreditingStore>().GetAsync([order.Id]))[order.Id];

        Assert.That(stored.Staff.Select(share => (share.StaffId, share.Split)), Is.EqualTo(new[] { (rep.ToString(), 100m) }));
    }

    [Test]
    public async Task A_reassigned_client_and_a_re_rated_program_leave_the_recalculation_at_zero_differences()
    {
        var (order, _, _) = await PaidOrderOfAClientThenReassignedAsync();
        var saving = await ReRateAsync(ProgramOf(order.Id), 20m, Today);

        var preview = await Resolve<IRecalculationService>().PreviewAsync(null, null, [order.Id]);

        Assert.That((saving, preview.Count), Is.EqualTo((VersionedSave.NewVersion, 0)));
    }

    [Test]
    public async Task Crediting_again_moves_the_commission_to_the_new_owner_under_the_terms_in_force_when_it_was_paid()
    {
        var (order, rep, otherRep) = await PaidOrderOfAClientThenReassignedAsync();
        var earned = Entries(order.Id).Sum(entry => entry.Amount);
        await ReRateAsync(ProgramOf(order.Id), 20m, Today);

        var preview = await Resolve<IRecalculationService>().PreviewAsync(null, null, [order.Id], creditAgain: true);

        var byRep = preview.Select(difference => $"{difference.Group.BeneficiaryId} {difference.Difference:0.00}");
        Assert.That(byRep, Is.EquivalentTo(new[] { $"{rep} {-earned:0.00}", $"{otherRep} {Money.Round(order.OrderTotal * 15m / 100m):0.00}" }));
    }

    [Test]
    public async Task A_re_rating_effective_before_the_order_was_paid_re_rates_it_on_recalculation()
    {
        var (order, _, _) = await PaidOrderOfAClientThenReassignedAsync();
        var earned = Entries(order.Id).Sum(entry => entry.Amount);
        await ReRateAsync(ProgramOf(order.Id), 20m, Today.AddDays(-1));

        var preview = await Resolve<IRecalculationService>().PreviewAsync(null, null, [order.Id]);

        Assert.That(preview.Single().Difference, Is.EqualTo(earned));
    }

    [Test]
    public async Task A_re_rating_effective_before_the_latest_version_is_refused_and_changes_nothing()
    {
        var (order, _, _) = await PaidOrderOfAClientThenReassignedAsync();
        var programId = ProgramOf(order.Id);
        await ReRateAsync(programId, 20m, Today.AddDays(2));

        var refused = await ReRateAsync(programId, 30m, Today.AddDays(1));

        var rates = (await Resolve<IProgramService>().GetProgramByIdAsync(programId)).Rate;
        Assert.That((refused, rates, (await Resolve<IProgramVersionService>().GetVersionsAsync(programId)).Count),
            Is.EqualTo((VersionedSave.BeforeLatest, 20m, 2)));
    }

    [Test]
    public async Task An_order_paid_before_crediting_was_kept_is_credited_from_today_and_the_first_applied_recalculation_keeps_it()
    {
        var (order, _, otherRep) = await PaidOrderOfAClientThenReassignedAsync();
        await Resolve<IRepository<OrderCreditingShare>>().DeleteAsync(share => share.OrderId == order.Id);
        await Resolve<IRepository<OrderCrediting>>().DeleteAsync(crediting => crediting.OrderId == order.Id);

        var firstPreview = await Resolve<IRecalculationService>().PreviewAsync(null, null, [order.Id]);
        await Resolve<IRecalculationService>().ApplyAsync(null, null, [order.Id]);
        var stored = (await Resolve<IOrderCreditingStore>().GetAsync([order.Id]))[order.Id];

        Assert.That((firstPreview.Count, stored.Staff.Single().StaffId), Is.EqualTo((2, otherRep.ToString())));
        Assert.That(await Resolve<IRecalculationService>().PreviewAsync(null, null, [order.Id]), Is.Empty);
    }
}
