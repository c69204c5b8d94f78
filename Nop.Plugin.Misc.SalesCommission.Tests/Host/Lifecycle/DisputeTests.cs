using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Disputes;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>A rep disputes an entry; the office answers and resolves it by an adjustment, or refuses it; closing waits.</summary>
[TestFixture]
public class DisputeTests : PluginHostTest
{
    /// <summary>A paid order of the given month with its rep's one entry (dated on the month's 10th).</summary>
    private static async Task<(Order Order, int Rep, CommissionEntry Entry)> PaidEntryOfMonthAsync(DateOnly month)
    {
        var (order, rep) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var paidOn = month.AddDays(9).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        order.PaidDateUtc = paidOn;
        await Resolve<IOrderService>().UpdateOrderAsync(order);
        var entries = Resolve<IRepository<CommissionEntry>>();
        var entry = entries.Table.Single(row => row.OrderId == order.Id);
        entry.OrderPaidOnUtc = paidOn;
        await entries.UpdateAsync(entry);
        return (order, rep, entry);
    }

    [Test]
    public async Task A_rep_s_dispute_is_answered_and_resolved_by_an_adjustment_naming_it()
    {
        var (order, rep, entry) = await PaidEntryOfMonthAsync(new DateOnly(2024, 7, 1));
        var disputes = Resolve<IDisputeService>();

        var (dispute, refusal) = await disputes.OpenAboutEntryAsync(rep, entry.Id, "The rate should be 12%");
        Assert.That(refusal, Is.Null);
        Assert.That(await disputes.ReplyAsync(dispute, 1, "Checking the program"), Is.Null);
        Assert.That(await disputes.ResolveAsync(dispute, 1, 2.50m, "Rate corrected to 12%", null), Is.Null);

        var stored = await disputes.GetDisputeAsync(dispute.Id);
        var adjustment = await Resolve<IRepository<CommissionEntry>>().GetByIdAsync(stored.AdjustmentEntryId!.Value);
        var thread = await disputes.GetMessagesAsync(dispute.Id);
        Assert.That((stored.Status, adjustment.Kind, adjustment.Amount, adjustment.OrderId, adjustment.ProgramId, adjustment.OrderPaidOnUtc),
            Is.EqualTo((DisputeStatus.Resolved, EntryKind.Adjustment, 2.50m, order.Id, entry.ProgramId, entry.OrderPaidOnUtc)));
        //the explanation is worded from the plugin's texts, loaded as the install loads them
        await Resolve<LocaleResourceInstaller>().InstallAsync();
        Assert.That((await Resolve<IExplanationService>().ExplainAsync([adjustment])).Single(), Is.EqualTo($"Adjustment for dispute D-{dispute.Id}: Rate corrected to 12%"));
        Assert.That(thread.Select(message => (message.FromStaff, message.Text)), Is.EqualTo(new[]
        {
            (true, "The rate should be 12%"), (false, "Checking the program"), (false, "Rate corrected to 12%")
        }));
    }

    [Test]
    public async Task A_rep_cannot_dispute_another_rep_s_entry()
    {
        var (_, _, entry) = await PaidEntryOfMonthAsync(new DateOnly(2024, 8, 1));
        var (_, otherRep, _) = await PaidEntryOfMonthAsync(new DateOnly(2024, 8, 1));

        var (dispute, refusal) = await Resolve<IDisputeService>().OpenAboutEntryAsync(otherRep, entry.Id, "mine?");

        Assert.That((dispute, refusal), Is.EqualTo(((CommissionDispute)null, (DisputeRefusal?)DisputeRefusal.NotOwnEntry)));
    }

    [Test]
    public async Task A_month_is_not_closed_while_a_dispute_of_it_is_open_and_is_once_it_is_refused()
    {
        var september = new DateOnly(2024, 9, 1);
        var (_, rep, entry) = await PaidEntryOfMonthAsync(september);
        var disputes = Resolve<IDisputeService>();
        var periods = Resolve<IPeriodCloseService>();
        var (dispute, _) = await disputes.OpenAboutEntryAsync(rep, entry.Id, "Is this right?");

        var whileOpen = await periods.CloseAsync(september, 1);
        await disputes.RefuseAsync(dispute, 1, "The program paid 10% in September");
        var afterRefusal = await periods.CloseAsync(september, 1);

        Assert.That((whileOpen, afterRefusal), Is.EqualTo(((PeriodCloseRefusal?)PeriodCloseRefusal.OpenDisputes, (PeriodCloseRefusal?)null)));
        Assert.That(await disputes.ReplyAsync(await disputes.GetDisputeAsync(dispute.Id), rep, "But…"), Is.EqualTo(DisputeRefusal.NotOpen));
    }

    [Test]
    public async Task Resolving_a_dispute_of_a_closed_month_posts_the_adjustment_into_the_first_open_month()
    {
        var october = new DateOnly(2024, 10, 1);
        var (_, rep, entry) = await PaidEntryOfMonthAsync(october);
        var disputes = Resolve<IDisputeService>();
        var (dispute, _) = await disputes.OpenAboutEntryAsync(rep, entry.Id, "Missing the bonus");
        await disputes.RefuseAsync(dispute, 1, "See the program");
        Assert.That(await Resolve<IPeriodCloseService>().CloseAsync(october, 1), Is.Null);
        var (second, _) = await disputes.OpenAboutEntryAsync(rep, entry.Id, "Please look again");

        await disputes.ResolveAsync(second, 1, 1m, "Bonus granted", null);

        var adjustment = await Resolve<IRepository<CommissionEntry>>().GetByIdAsync((await disputes.GetDisputeAsync(second.Id)).AdjustmentEntryId!.Value);
        Assert.That((adjustment.OrderPaidOnUtc, adjustment.CorrectsMonthUtc),
            Is.EqualTo((new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc), (DateTime?)new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc))));
    }

    [Test]
    public async Task An_adjustment_of_zero_does_not_resolve_a_dispute_and_writes_nothing()
    {
        var (order, rep, entry) = await PaidEntryOfMonthAsync(new DateOnly(2024, 12, 1));
        var disputes = Resolve<IDisputeService>();
        var (dispute, _) = await disputes.OpenAboutEntryAsync(rep, entry.Id, "Check please");

        var refusal = await disputes.ResolveAsync(dispute, 1, 0.001m, "nothing", null);

        Assert.That(refusal, Is.EqualTo(DisputeRefusal.ZeroAdjustment));
        Assert.That(Resolve<IRepository<CommissionEntry>>().Table.Count(row => row.OrderId == order.Id), Is.EqualTo(1));
        Assert.That((await disputes.GetDisputeAsync(dispute.Id)).Status, Is.EqualTo(DisputeStatus.Open));
    }
}
