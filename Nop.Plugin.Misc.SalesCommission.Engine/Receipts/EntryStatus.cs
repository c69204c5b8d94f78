namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>Where a ledger entry stands on its way to being paid.</summary>
public enum EntryStatus
{
    /// <summary>Not in any receipt.</summary>
    Pending = 0,

    /// <summary>In a draft receipt.</summary>
    Drafted = 1,

    /// <summary>In an approved receipt: never edited or removed again.</summary>
    Approved = 2,

    /// <summary>Paid.</summary>
    Paid = 3
}
