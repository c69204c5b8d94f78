namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>What the ledger already holds of one order when an event of that order arrives.</summary>
/// <param name="Entries">Every entry of the order written so far, in the order written.</param>
/// <param name="PaymentProcessed">True once the order's payment was planned and written (even when it earned nothing).</param>
/// <param name="PaymentPending">True while a recorded payment of the order waits to be processed (a host that retries).</param>
/// <param name="Reversed">True once a void, cancellation or deletion of the paid order was processed.</param>
/// <param name="Total">The order total.</param>
public sealed record OrderLedgerHistory(
    IReadOnlyList<LedgerEntry> Entries,
    bool PaymentProcessed,
    bool PaymentPending,
    bool Reversed,
    decimal Total)
{
    /// <summary>When the order was paid: the date of its entries, which names their month; null when not known yet.</summary>
    public DateTime? PaidAtUtc { get; init; }
}
