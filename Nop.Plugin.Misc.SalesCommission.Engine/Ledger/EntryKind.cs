namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>What an entry of the commission ledger records (rules §5).</summary>
public enum EntryKind
{
    /// <summary>Commission earned by a credited beneficiary (level 0).</summary>
    Direct = 0,

    /// <summary>A manager's override on a seller's direct commission (level 1 to 5).</summary>
    Override = 1,

    /// <summary>A negative entry taking back commission after a refund.</summary>
    Clawback = 2,

    /// <summary>A negative entry cancelling what is left after a void, cancellation or deletion.</summary>
    Reversal = 3,

    /// <summary>A recalculation's difference on commission already in an approved or paid receipt.</summary>
    Adjustment = 4
}
