using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>Paying a rep: draft, approve, pay, book as an expense, or void.</summary>
[TestFixture]
public class ReceiptTests : PluginHostTest
{
    private static async Task<(int ReceiptId, decimal Earned, int Rep)> DraftForNewRepAsync()
    {
        var (order, rep) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var drafts = await Resolve<IReceiptService>().CreateDraftsAsync(DateTime.UtcNow.AddMinutes(1), BeneficiaryType.Staff, rep);
        Assert.That(drafts, Has.Count.EqualTo(1));
        return (drafts[0].Id, Math.Round(order.OrderTotal * 0.10m, 2), rep);
    }

    [Test]
    public async Task A_draft_receipt_totals_the_reps_pending_commission()
    {
        var (receiptId, earned, _) = await DraftForNewRepAsync();

        var receipt = await Resolve<IReceiptService>().GetReceiptByIdAsync(receiptId);

        Assert.That(receipt.StatusId, Is.EqualTo((int)ReceiptStatus.Draft));
        Assert.That(receipt.Total, Is.EqualTo(earned).Within(0.01m));
    }

    [Test]
    public async Task An_approved_and_paid_receipt_is_booked_as_an_expense_once()
    {
        var (receiptId, earned, _) = await DraftForNewRepAsync();
        var receipts = Resolve<IReceiptService>();
        var expenses = Resolve<IExpenseService>();

        Assert.That((await receipts.ApproveAsync(receiptId)).Allowed, Is.True);
        Assert.That((await receipts.PayAsync(receiptId, DateTime.UtcNow, "Bank transfer", "REF-1")).Allowed, Is.True);
        var first = await expenses.BookReceiptAsync(receiptId, "March commission");
        var second = await expenses.BookReceiptAsync(receiptId, "March commission again");

        Assert.That(first.Allowed, Is.True);
        Assert.That(second.Allowed, Is.False);
        Assert.That(second.Refusal, Is.Not.Empty);
        var expense = await expenses.GetExpenseByReceiptIdAsync(receiptId);
        Assert.That(expense.Amount, Is.EqualTo(earned).Within(0.01m));
    }

    [Test]
    public async Task A_draft_receipt_cannot_be_paid_before_it_is_approved()
    {
        var (receiptId, _, _) = await DraftForNewRepAsync();

        var decision = await Resolve<IReceiptService>().PayAsync(receiptId, DateTime.UtcNow, "Bank transfer", "REF-2");

        Assert.That(decision.Allowed, Is.False);
        Assert.That((await Resolve<IReceiptService>().GetReceiptByIdAsync(receiptId)).StatusId, Is.EqualTo((int)ReceiptStatus.Draft));
    }

    [Test]
    public async Task Voiding_a_receipt_returns_its_commission_to_pending()
    {
        var (receiptId, _, rep) = await DraftForNewRepAsync();
        var receipts = Resolve<IReceiptService>();

        var decision = await receipts.VoidAsync(receiptId);

        Assert.That(decision.Allowed, Is.True);
        Assert.That((await receipts.GetReceiptByIdAsync(receiptId)).StatusId, Is.EqualTo((int)ReceiptStatus.Voided));
        var entries = Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.BeneficiaryId == rep).ToList();
        Assert.That(entries, Is.Not.Empty);
        Assert.That(entries.All(entry => entry.StatusId == (int)EntryStatus.Pending && entry.ReceiptId == null), Is.True);
    }
}
