namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>What finance does with a receipt.</summary>
public enum ReceiptAction
{
    /// <summary>Approve a draft.</summary>
    Approve = 0,

    /// <summary>Pay an approved receipt.</summary>
    Pay = 1,

    /// <summary>Void a draft or approved receipt.</summary>
    Void = 2,

    /// <summary>Book a paid receipt in the expense journal.</summary>
    BookExpense = 3
}
