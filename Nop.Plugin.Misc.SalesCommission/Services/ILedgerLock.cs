namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The database lock that puts the ledger's writers one after another, across every store instance.</summary>
public interface ILedgerLock
{
    /// <summary>
    /// Takes the lock inside the ambient transaction (see <see cref="LedgerTransaction"/>); it is held until that
    /// transaction ends, so what the caller reads after taking it includes every write committed before.
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task TakeAsync();
}
