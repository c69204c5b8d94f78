using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// The one row every payment locks before it reads the ledger's history and writes its entries, so that payments
/// sharing a period total, a cap or a target are planned one after another, on every store instance of the database.
/// </summary>
public class LedgerLock : BaseEntity
{
    /// <summary>How many times the lock was taken (written only to take the row's lock).</summary>
    public int Version { get; set; }

    /// <summary>When it was last taken.</summary>
    public DateTime TakenOnUtc { get; set; }
}
