using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// Plans what a void, cancellation or deletion of a paid order reverses (rules §5): for each original entry
/// whose net (with its clawbacks and adjustments) is not 0, a Reversal of minus that net.
/// </summary>
public static class ReversalPlanner
{
    /// <summary>The Reversal entries of an order; none when it was already reversed.</summary>
    /// <param name="orderEntries">Every entry of the order written so far.</param>
    /// <param name="alreadyReversed">True when the order was already voided, cancelled or deleted.</param>
    /// <param name="reason">What happened ("voided", "cancelled", "deleted").</param>
    public static IReadOnlyList<LedgerEntry> Plan(IReadOnlyList<LedgerEntry> orderEntries, bool alreadyReversed, string reason)
    {
        if (alreadyReversed)
            return [];

        return orderEntries
            .GroupBy(e => e.Group)
            .Select(group => (First: group.First(), Net: group.Sum(e => e.Amount)))
            .Where(g => g.Net != 0m)
            .Select(g => g.First.Follow(EntryKind.Reversal, 0m, -g.Net,
                new Derivation("Reversal", DerivationValue.Of(DerivationField.Order, g.First.OrderId), DerivationValue.Of(DerivationField.Event, reason),
                    DerivationValue.Of(DerivationField.Net, g.Net))))
            .ToList();
    }
}
