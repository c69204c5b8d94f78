namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>Where a payout statement stands (rules §6).</summary>
public enum ReceiptStatus
{
    /// <summary>Gathered, still editable.</summary>
    Draft = 0,

    /// <summary>Approved by finance, waiting to be paid.</summary>
    Approved = 1,

    /// <summary>Paid; can be booked as an expense once.</summary>
    Paid = 2,

    /// <summary>Voided; its entries went back to pending.</summary>
    Voided = 3
}
