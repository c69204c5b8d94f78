namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Writes recalculated orders set-based: all of them in one transaction, or none.</summary>
public interface IRecalculationWriter
{
    /// <summary>
    /// Replaces the orders' changed entries, period credits and credited sales in one transaction under the ledger lock;
    /// throws, writing nothing, when an entry to replace was locked in a receipt since it was read.
    /// </summary>
    /// <param name="orders">The recalculated orders.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task WriteAsync(IReadOnlyList<RecalculatedOrder> orders);
}
