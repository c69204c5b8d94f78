using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>The hold period: an entry on hold is left out of a receipt and taken once its hold has ended.</summary>
[TestFixture]
public class HoldPeriodTests : PluginHostTest
{
    private static async Task<(Order Order, int Rep)> PaidOrderHeldAsync(int holdDays)
    {
        var (order, rep) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        var programs = Resolve<IRepository<CommissionProgram>>();
        var program = programs.Table.OrderByDescending(candidate => candidate.Id).First();
        program.HoldDays = holdDays;
        await programs.UpdateAsync(program);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        return (order, rep);
    }

    /// <summary>Lets the hold run out: the order and its entries are dated as paid that many days ago.</summary>
    private static async Task PaidDaysAgoAsync(Order order, int days)
    {
        var entries = Resolve<IRepository<CommissionEntry>>();
        var rows = entries.Table.Where(entry => entry.OrderId == order.Id).ToList();
        foreach (var row in rows)
            row.OrderPaidOnUtc = DateTime.UtcNow.AddDays(-days);
        await entries.UpdateAsync(rows);
    }

    [Test]
    public async Task An_entry_on_hold_is_left_out_of_a_receipt_and_taken_once_the_hold_ends()
    {
        var (order, rep) = await PaidOrderHeldAsync(14);
        var receipts = Resolve<IReceiptService>();

        var inHold = await receipts.CreateDraftsAsync(DateTime.UtcNow.AddMinutes(1), BeneficiaryType.Staff, rep);
        await PaidDaysAgoAsync(order, 15);
        var afterHold = await receipts.CreateDraftsAsync(DateTime.UtcNow.AddMinutes(1), BeneficiaryType.Staff, rep);

        Assert.That((inHold.Count, afterHold.Count), Is.EqualTo((0, 1)));
        Assert.That(afterHold[0].Total, Is.EqualTo(Math.Round(order.OrderTotal * 0.10m, 2)).Within(0.01m));
    }

    [Test]
    public async Task An_entry_on_hold_says_until_when()
    {
        var (order, _) = await PaidOrderHeldAsync(14);
        var entry = Resolve<IRepository<CommissionEntry>>().Table.Single(row => row.OrderId == order.Id);

        var holds = await Resolve<IHoldPeriodService>().GetEntryHoldsAsync();

        Assert.That(holds.OnHoldUntilUtc(entry, DateTime.UtcNow), Is.EqualTo(entry.OrderPaidOnUtc.AddDays(14)).Within(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task A_program_with_a_hold_of_0_days_pays_at_once_whatever_the_store_s_hold()
    {
        var settings = Resolve<SalesCommissionSettings>();
        var storeDays = settings.HoldDays;
        settings.HoldDays = 30;
        try
        {
            var (_, rep) = await PaidOrderHeldAsync(0);

            var drafts = await Resolve<IReceiptService>().CreateDraftsAsync(DateTime.UtcNow.AddMinutes(1), BeneficiaryType.Staff, rep);

            Assert.That(drafts, Has.Count.EqualTo(1));
        }
        finally
        {
            settings.HoldDays = storeDays;
        }
    }
}
