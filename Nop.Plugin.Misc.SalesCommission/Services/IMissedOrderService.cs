namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Finds the order events the ledger never heard of — a payment, refund, void, cancellation or deletion whose event was
/// not recorded (the host swallowed a failure, or the plugin was not installed at the time) — and takes them in.
/// </summary>
public interface IMissedOrderService
{
    /// <summary>How many orders paid since the settings' "take in orders paid since" have an event the ledger missed.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the count.</returns>
    Task<int> CountMissedAsync();

    /// <summary>Records and processes the missed events, payments first (in paid order), then refunds, then reversals.</summary>
    /// <param name="maxOrders">The most orders taken in at once.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains how many events were processed.</returns>
    Task<int> TakeInMissedAsync(int maxOrders = 500);
}
