namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>What an order event writes: entries (and, for a payment, its plan), nothing, or nothing yet.</summary>
/// <param name="Entries">The entries to write; empty when there are none.</param>
/// <param name="Payment">The payment's plan (its period contributions and credited sales are written too); null for other events.</param>
/// <param name="Waits">True when the event must wait for the order's payment to be processed first, then be tried again.</param>
public sealed record OrderEventOutcome(IReadOnlyList<LedgerEntry> Entries, PaidOrderPlan? Payment, bool Waits)
{
    /// <summary>Where the entries are dated (<see cref="Periods.ClosedMonths.Post"/>); null when the order's paid time is not known.</summary>
    public Periods.CorrectionPosting? Posting { get; init; }

    /// <summary>Nothing to write: a redelivery, an event of an order never paid, or one already reversed.</summary>
    public static OrderEventOutcome Nothing { get; } = new([], null, false);

    /// <summary>Nothing yet: the order's payment has not been processed.</summary>
    public static OrderEventOutcome WaitForPayment { get; } = new([], null, true);
}
