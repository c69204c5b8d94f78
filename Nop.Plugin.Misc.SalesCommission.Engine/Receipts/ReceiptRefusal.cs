namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>Why the receipt rules (rules §6) refuse an action, so that a user interface can say it in its own language.</summary>
public enum ReceiptRefusal
{
    /// <summary>Only a draft receipt can be approved.</summary>
    ApproveNeedsDraft = 0,

    /// <summary>Only an approved receipt can be paid.</summary>
    PayNeedsApproved = 1,

    /// <summary>A receipt whose total is negative cannot be paid; it carries over.</summary>
    NegativeTotal = 2,

    /// <summary>Only a draft or approved receipt can be voided.</summary>
    VoidNeedsDraftOrApproved = 3,

    /// <summary>Only a paid receipt can be booked as an expense.</summary>
    BookNeedsPaid = 4,

    /// <summary>The receipt is already booked as an expense.</summary>
    AlreadyBooked = 5
}
