namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>
/// The receipt state rules (rules §6): Draft → Approved → Paid; Draft and Approved can be voided (entries
/// return to pending); a receipt whose total is negative cannot be paid; a paid receipt is booked as an
/// expense once.
/// </summary>
public static class ReceiptPolicy
{
    /// <summary>Decides an action on a receipt.</summary>
    /// <param name="status">The receipt's status now.</param>
    /// <param name="action">The action.</param>
    /// <param name="total">The receipt's total.</param>
    /// <param name="expenseBooked">True when the receipt was already booked as an expense.</param>
    public static ReceiptDecision Decide(ReceiptStatus status, ReceiptAction action, decimal total, bool expenseBooked) => action switch
    {
        ReceiptAction.Approve when status == ReceiptStatus.Draft => Allow(ReceiptStatus.Approved, EntryStatus.Approved),
        ReceiptAction.Approve => Refuse(status, ReceiptRefusal.ApproveNeedsDraft, "only a draft receipt can be approved"),
        ReceiptAction.Pay when status != ReceiptStatus.Approved => Refuse(status, ReceiptRefusal.PayNeedsApproved, "only an approved receipt can be paid"),
        ReceiptAction.Pay when total < 0m => Refuse(status, ReceiptRefusal.NegativeTotal, "a receipt whose total is negative cannot be paid; it carries over"),
        ReceiptAction.Pay => Allow(ReceiptStatus.Paid, EntryStatus.Paid),
        ReceiptAction.Void when status is ReceiptStatus.Draft or ReceiptStatus.Approved => Allow(ReceiptStatus.Voided, EntryStatus.Pending),
        ReceiptAction.Void => Refuse(status, ReceiptRefusal.VoidNeedsDraftOrApproved, "only a draft or approved receipt can be voided"),
        ReceiptAction.BookExpense when status != ReceiptStatus.Paid => Refuse(status, ReceiptRefusal.BookNeedsPaid, "only a paid receipt can be booked as an expense"),
        ReceiptAction.BookExpense when expenseBooked => Refuse(status, ReceiptRefusal.AlreadyBooked, "the receipt is already booked as an expense"),
        _ => Allow(ReceiptStatus.Paid, EntryStatus.Paid)
    };

    /// <summary>True when an entry in this status may no longer be edited or removed (it is in an approved or paid receipt).</summary>
    public static bool IsLocked(EntryStatus status) => status is EntryStatus.Approved or EntryStatus.Paid;

    private static ReceiptDecision Allow(ReceiptStatus status, EntryStatus entries) => new(true, status, entries, null);

    private static ReceiptDecision Refuse(ReceiptStatus status, ReceiptRefusal reason, string why) =>
        new(false, status, status switch
        {
            ReceiptStatus.Draft => EntryStatus.Drafted,
            ReceiptStatus.Approved => EntryStatus.Approved,
            ReceiptStatus.Paid => EntryStatus.Paid,
            _ => EntryStatus.Pending
        }, why, reason);
}
