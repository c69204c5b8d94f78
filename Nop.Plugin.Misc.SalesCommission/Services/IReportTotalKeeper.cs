namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Keeps the report totals with the ledger: every write of entries or credited sales runs through it, in the ledger's
/// transaction and under its lock, and the totals of the orders it wrote change by exactly what the write changed.
/// </summary>
public interface IReportTotalKeeper
{
    /// <summary>
    /// Runs a write of the orders' entries or credited sales and moves the report totals by what it changed
    /// </summary>
    /// <param name="orderIds">The orders whose entries or credited sales the write changes.</param>
    /// <param name="write">The write.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task KeepAsync(IReadOnlyCollection<int> orderIds, Func<Task> write);
}
