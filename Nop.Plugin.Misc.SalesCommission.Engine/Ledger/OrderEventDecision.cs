using Nop.Plugin.Misc.SalesCommission.Engine.Periods;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// The one decision of what an order event writes (rules §5, §9.4), made for the scenario runner and the plugin alike:
/// a payment is planned once (a redelivery writes nothing); a refund claws back and a void, cancellation or deletion
/// reverses what the paid order earned, once; an event of an order that was never paid writes nothing, and one whose
/// payment is still waiting waits for it. Nothing new is dated in a closed month (rules §6): what an event writes for an
/// order of a closed month is posted into the first open month after it (<see cref="ClosedMonths.Post"/>), saying which
/// order and month it belongs to.
/// </summary>
public static class OrderEventDecision
{
    /// <summary>Decides what an order event writes.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="history">What the ledger holds of the order.</param>
    /// <param name="refundedAfter">Refunds only: the order's cumulative refunded amount, this refund included.</param>
    /// <param name="refundedThisTime">Refunds only: the amount of this refund.</param>
    /// <param name="planPayment">Plans the payment; called only when the payment is to be written.</param>
    /// <param name="closed">The closed months.</param>
    public static OrderEventOutcome Decide(OrderEventKind kind, OrderLedgerHistory history, decimal refundedAfter,
        decimal refundedThisTime, Func<PaidOrderPlan> planPayment, ClosedMonths closed)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(planPayment);
        ArgumentNullException.ThrowIfNull(closed);

        var posting = history.PaidAtUtc is { } paidAtUtc ? closed.Post(paidAtUtc) : null;
        if (kind == OrderEventKind.Paid)
        {
            if (history.PaymentProcessed)
                return OrderEventOutcome.Nothing;
            var plan = planPayment();
            return new OrderEventOutcome(Posted(plan.Entries, posting), plan, false) { Posting = posting };
        }

        if (!history.PaymentProcessed)
            return history.PaymentPending ? OrderEventOutcome.WaitForPayment : OrderEventOutcome.Nothing;
        if (history.Reversed)
            return OrderEventOutcome.Nothing;

        var entries = kind == OrderEventKind.Refunded
            ? ClawbackPlanner.Plan(history.Entries, new OrderLedgerState(history.Total, refundedAfter, false), refundedThisTime)
            : ReversalPlanner.Plan(history.Entries, false, ReasonOf(kind));
        return new OrderEventOutcome(Posted(entries, posting), null, false) { Posting = posting };
    }

    private static IReadOnlyList<LedgerEntry> Posted(IReadOnlyList<LedgerEntry> entries, CorrectionPosting? posting) =>
        posting is { LeavesClosedMonth: true }
            ? entries.Select(entry => entry with { Derivation = entry.Derivation is { } why ? posting.Explain(entry.OrderId, why) : null }).ToList()
            : entries;

    /// <summary>
    /// The sequence number of each new entry within its group and kind (0 for the first), so that a group's second
    /// clawback or adjustment is a new entry while a redelivered event cannot write the same entry twice.
    /// </summary>
    /// <param name="written">The order's entries already written.</param>
    /// <param name="entries">The new entries, in the order they are written.</param>
    public static IReadOnlyList<int> SequencesOf(IReadOnlyList<LedgerEntry> written, IReadOnlyList<LedgerEntry> entries)
    {
        var counts = new Dictionary<(EntryGroup, EntryKind), int>();
        foreach (var entry in written)
            counts[(entry.Group, entry.Kind)] = counts.GetValueOrDefault((entry.Group, entry.Kind)) + 1;

        var sequences = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var key = (entries[i].Group, entries[i].Kind);
            sequences[i] = counts.GetValueOrDefault(key);
            counts[key] = sequences[i] + 1;
        }

        return sequences;
    }

    private static string ReasonOf(OrderEventKind kind) => kind switch
    {
        OrderEventKind.Voided => "voided",
        OrderEventKind.Cancelled => "cancelled",
        _ => "deleted"
    };
}
