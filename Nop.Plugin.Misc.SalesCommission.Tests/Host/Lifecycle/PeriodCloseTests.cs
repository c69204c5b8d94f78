using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>Period close: a closed month's entries never change; a recalculation lands in the first open month.</summary>
[TestFixture]
public class PeriodCloseTests : PluginHostTest
{
    /// <summary>A paid order of the given month (its order and entries dated on its 20th) with its rep earning 10%.</summary>
    private static async Task<Order> PaidOrderOfMonthAsync(DateOnly month)
    {
        var (order, _) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);

        var paidOn = month.AddDays(19).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        order.PaidDateUtc = paidOn;
        await Resolve<IOrderService>().UpdateOrderAsync(order);
        var entries = Resolve<IRepository<CommissionEntry>>();
        var rows = entries.Table.Where(entry => entry.OrderId == order.Id).ToList();
        foreach (var row in rows)
            row.OrderPaidOnUtc = paidOn;
        await entries.UpdateAsync(rows);
        return order;
    }

    private static async Task DoubleTheRateAsync(int orderId)
    {
        var programId = Resolve<IRepository<CommissionEntry>>().Table.First(entry => entry.OrderId == orderId).ProgramId;
        var programs = Resolve<IRepository<CommissionProgram>>();
        var program = await programs.GetByIdAsync(programId);
        program.Rate *= 2;
        await programs.UpdateAsync(program);
    }

    [Test]
    public async Task A_recalculation_of_a_closed_month_keeps_its_entries_and_posts_the_difference_into_the_next_open_month()
    {
        var march = new DateOnly(2024, 3, 1);
        var order = await PaidOrderOfMonthAsync(march);
        var before = Resolve<IRepository<CommissionEntry>>().Table.Single(entry => entry.OrderId == order.Id);
        Assert.That(await Resolve<IPeriodCloseService>().CloseAsync(march, 1), Is.Null);
        await DoubleTheRateAsync(order.Id);

        await Resolve<IRecalculationService>().ApplyAsync(null, null, [order.Id]);

        var after = Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.OrderId == order.Id).OrderBy(entry => entry.Id).ToList();
        Assert.That(after, Has.Count.EqualTo(2));
        Assert.That((after[0].Id, after[0].Amount, after[0].OrderPaidOnUtc), Is.EqualTo((before.Id, before.Amount, before.OrderPaidOnUtc)));
        Assert.That((after[1].Kind, after[1].Amount, after[1].OrderPaidOnUtc, after[1].CorrectsMonthUtc),
            Is.EqualTo((EntryKind.Adjustment, before.Amount, new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc), (DateTime?)new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc))));
        //the explanation is worded from the plugin's texts, loaded as the install loads them
        await Resolve<LocaleResourceInstaller>().InstallAsync();
        Assert.That((await Resolve<IExplanationService>().ExplainAsync([after[1]])).Single(), Does.Contain("of 2024-03 (closed), posted in 2024-04"));
    }

    [Test]
    public async Task Refunding_an_order_of_a_closed_November_claws_back_on_1_December_naming_the_order_and_month()
    {
        var november = new DateOnly(2025, 11, 1);
        var order = await PaidOrderOfMonthAsync(november);
        Assert.That(await Resolve<IPeriodCloseService>().CloseAsync(november, 1), Is.Null);

        await Resolve<IOrderProcessingService>().PartiallyRefundOfflineAsync(order, Math.Round(order.OrderTotal / 2, 2));

        var entries = Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.OrderId == order.Id).OrderBy(entry => entry.Id).ToList();
        var clawback = entries.Single(entry => entry.Kind == EntryKind.Clawback);
        Assert.That((clawback.OrderPaidOnUtc, clawback.CorrectsMonthUtc, entries[0].OrderPaidOnUtc),
            Is.EqualTo((new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc), (DateTime?)new DateTime(2025, 11, 1), new DateTime(2025, 11, 20, 12, 0, 0))));
        await Resolve<LocaleResourceInstaller>().InstallAsync();
        Assert.That((await Resolve<IExplanationService>().ExplainAsync([clawback])).Single(),
            Does.StartWith($"Order #{order.Id} of 2025-11 (closed), posted in 2025-12: Clawback"));
    }

    [Test]
    public async Task Cancelling_an_order_of_a_closed_month_reverses_it_in_the_first_open_month()
    {
        var june = new DateOnly(2023, 6, 1);
        var order = await PaidOrderOfMonthAsync(june);
        Assert.That(await Resolve<IPeriodCloseService>().CloseAsync(june, 1), Is.Null);

        await Resolve<IOrderProcessingService>().CancelOrderAsync(order, false);

        var reversal = Resolve<IRepository<CommissionEntry>>().Table.Single(entry => entry.OrderId == order.Id && entry.KindId == (int)EntryKind.Reversal);
        Assert.That((reversal.OrderPaidOnUtc, reversal.CorrectsMonthUtc),
            Is.EqualTo((new DateTime(2023, 7, 1, 0, 0, 0, DateTimeKind.Utc), (DateTime?)new DateTime(2023, 6, 1))));
    }

    [Test]
    public async Task A_clawback_posted_out_of_a_closed_month_is_payable_when_the_entry_it_claws_back_is()
    {
        var february = new DateOnly(2023, 2, 1);
        var order = await PaidOrderOfMonthAsync(february);
        var programs = Resolve<IRepository<CommissionProgram>>();
        var program = await programs.GetByIdAsync(Resolve<IRepository<CommissionEntry>>().Table.First(entry => entry.OrderId == order.Id).ProgramId);
        program.HoldDays = 30;
        await programs.UpdateAsync(program);
        Assert.That(await Resolve<IPeriodCloseService>().CloseAsync(february, 1), Is.Null);

        await Resolve<IOrderProcessingService>().PartiallyRefundOfflineAsync(order, Math.Round(order.OrderTotal / 2, 2));

        var entries = Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.OrderId == order.Id).OrderBy(entry => entry.Id).ToList();
        var holds = await Resolve<IHoldPeriodService>().GetEntryHoldsAsync();
        Assert.That(entries.Select(holds.PayableOnUtc), Is.EqualTo(new[] { new DateTime(2023, 3, 22, 12, 0, 0), new DateTime(2023, 3, 22, 12, 0, 0) }));
    }

    [Test]
    public async Task A_month_is_closed_once_and_a_second_close_saves_nothing()
    {
        var may = new DateOnly(2024, 5, 1);
        var periods = Resolve<IPeriodCloseService>();

        var first = await periods.CloseAsync(may, 1);
        var second = await periods.CloseAsync(may, 1);

        Assert.That((first, second), Is.EqualTo(((PeriodCloseRefusal?)null, (PeriodCloseRefusal?)PeriodCloseRefusal.AlreadyClosed)));
        Assert.That(Resolve<IRepository<ClosedPeriod>>().Table.Count(period => period.MonthStartUtc == new DateTime(2024, 5, 1)), Is.EqualTo(1));
    }

    [Test]
    public async Task The_current_month_cannot_be_closed_and_nothing_is_saved()
    {
        var thisMonth = ClosedMonths.MonthOf(DateTime.UtcNow);

        var refusal = await Resolve<IPeriodCloseService>().CloseAsync(thisMonth, 1);

        Assert.That(refusal, Is.EqualTo(PeriodCloseRefusal.NotEnded));
        Assert.That((await Resolve<IPeriodCloseService>().GetClosedMonthsAsync()).IsClosed(thisMonth), Is.False);
    }
}
