using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Receipts;

/// <summary>Rules §6: Draft → Approved → Paid, voids before payment, no negative payment, one expense per paid receipt.</summary>
[TestFixture]
public sealed class ReceiptPolicyTests
{
    [Test]
    public void A_draft_is_approved_and_its_entries_become_approved()
    {
        var decision = ReceiptPolicy.Decide(ReceiptStatus.Draft, ReceiptAction.Approve, 10m, false);

        Assert.That((decision.Allowed, decision.Status, decision.EntryStatus, decision.Reason),
            Is.EqualTo((true, ReceiptStatus.Approved, EntryStatus.Approved, (ReceiptRefusal?)null)));
    }

    [Test]
    public void An_approved_receipt_is_paid_and_its_entries_become_paid()
    {
        var decision = ReceiptPolicy.Decide(ReceiptStatus.Approved, ReceiptAction.Pay, 10m, false);

        Assert.That((decision.Allowed, decision.Status, decision.EntryStatus), Is.EqualTo((true, ReceiptStatus.Paid, EntryStatus.Paid)));
    }

    [TestCase(ReceiptStatus.Draft)]
    [TestCase(ReceiptStatus.Approved)]
    public void A_receipt_not_yet_paid_can_be_voided_and_its_entries_return_to_pending(ReceiptStatus status)
    {
        var decision = ReceiptPolicy.Decide(status, ReceiptAction.Void, 10m, false);

        Assert.That((decision.Allowed, decision.Status, decision.EntryStatus), Is.EqualTo((true, ReceiptStatus.Voided, EntryStatus.Pending)));
    }

    [TestCase(ReceiptStatus.Approved, ReceiptAction.Approve, 10, false, ReceiptRefusal.ApproveNeedsDraft)]
    [TestCase(ReceiptStatus.Draft, ReceiptAction.Pay, 10, false, ReceiptRefusal.PayNeedsApproved)]
    [TestCase(ReceiptStatus.Approved, ReceiptAction.Pay, -5, false, ReceiptRefusal.NegativeTotal)]
    [TestCase(ReceiptStatus.Paid, ReceiptAction.Void, 10, false, ReceiptRefusal.VoidNeedsDraftOrApproved)]
    [TestCase(ReceiptStatus.Approved, ReceiptAction.BookExpense, 10, false, ReceiptRefusal.BookNeedsPaid)]
    [TestCase(ReceiptStatus.Paid, ReceiptAction.BookExpense, 10, true, ReceiptRefusal.AlreadyBooked)]
    public void A_refused_action_changes_nothing_and_says_why(ReceiptStatus status, ReceiptAction action, decimal total, bool booked, ReceiptRefusal reason)
    {
        var decision = ReceiptPolicy.Decide(status, action, total, booked);

        Assert.That((decision.Allowed, decision.Status, decision.Reason), Is.EqualTo((false, status, (ReceiptRefusal?)reason)));
        Assert.That(decision.Refusal, Is.Not.Empty);
    }

    [Test]
    public void A_paid_receipt_not_yet_booked_is_booked_once() =>
        Assert.That(ReceiptPolicy.Decide(ReceiptStatus.Paid, ReceiptAction.BookExpense, 10m, false).Allowed, Is.True);
}
