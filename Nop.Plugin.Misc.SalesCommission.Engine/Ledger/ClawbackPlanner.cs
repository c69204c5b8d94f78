namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// Plans what a refund takes back (rules §5): for each original entry, a clawback bringing the amount
/// clawed back to round(original × cumulative refunded ÷ order total); a full refund brings the order to 0.
/// </summary>
public static class ClawbackPlanner
{
    /// <summary>The Clawback entries for a refund, given the order's entries so far and its state after the refund.</summary>
    /// <param name="orderEntries">Every entry of the order written so far.</param>
    /// <param name="state">The order's state, its refunded amount already including this refund.</param>
    /// <param name="refundedThisTime">The amount of this refund (recorded as the clawbacks' base).</param>
    public static IReadOnlyList<LedgerEntry> Plan(IReadOnlyList<LedgerEntry> orderEntries, OrderLedgerState state, decimal refundedThisTime)
    {
        if (state.Reversed || state.RefundedAmount <= 0m)
            return [];

        var clawbacks = new List<LedgerEntry>();
        foreach (var group in orderEntries.GroupBy(e => e.Group))
        {
            var original = group.Where(e => e.IsEarning).Sum(e => e.Amount);
            if (original == 0m)
                continue;

            var target = Money.Round(state.RefundedShareOf(original));
            var already = -group.Where(e => e.Kind == EntryKind.Clawback).Sum(e => e.Amount);
            var delta = target - already;
            if (delta == 0m)
                continue;

            var explanation = $"Clawback: refunded {state.RefundText} of order #{group.First().OrderId}; " +
                              $"{Money.Format(original)} × refunded share = {Money.Format(target)} to claw back, " +
                              $"{Money.Format(already)} already clawed back";
            clawbacks.Add(group.First(e => e.IsEarning).Follow(EntryKind.Clawback, refundedThisTime, -delta, explanation));
        }

        return clawbacks;
    }
}
