using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// Plans a recalculation (rules §5): compares what an order should earn now (net of refunds, or 0 once
/// reversed) with what its entries hold, group by group. Where they differ, pending entries are replaced;
/// entries in approved or paid receipts stay as they are and an Adjustment carries the difference.
/// </summary>
public static class RecalculationPlanner
{
    /// <summary>Plans the recalculation of one order.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="recalculated">The Direct and Override entries the order earns under today's programs.</param>
    /// <param name="recorded">The order's entries as stored.</param>
    /// <param name="state">The order's refund and reversal state.</param>
    public static RecalculationPlan Plan(
        string orderId, IReadOnlyList<LedgerEntry> recalculated, IReadOnlyList<RecordedEntry> recorded, OrderLedgerState state)
    {
        var differences = new List<RecalculationDifference>();
        var remove = new List<long>();
        var add = new List<LedgerEntry>();
        var groups = recalculated.Select(e => e.Group).Concat(recorded.Select(r => r.Entry.Group)).Distinct();

        foreach (var group in groups)
        {
            var original = recalculated.FirstOrDefault(e => e.Group == group);
            var earned = original?.Amount ?? 0m;
            var clawedBack = state.Reversed ? earned : state.ClawbackOf(earned);
            var shouldNet = earned - clawedBack;
            var entries = recorded.Where(r => r.Entry.Group == group).ToList();
            var currentNet = entries.Sum(r => r.Entry.Amount);
            if (shouldNet == currentNet)
                continue;

            differences.Add(new RecalculationDifference(orderId, group, currentNet, shouldNet));
            remove.AddRange(entries.Where(r => !r.Locked).Select(r => r.Id));
            var locked = entries.Where(r => r.Locked).Select(r => r.Entry).ToList();
            if (locked.Count == 0)
                add.AddRange(Replacements(original, state));
            else if (shouldNet - locked.Sum(e => e.Amount) is var remainder and not 0m)
                add.Add(Adjustment(locked[0], original, shouldNet, locked.Sum(e => e.Amount), remainder));
        }

        return new RecalculationPlan(differences, remove, add);
    }

    private static IEnumerable<LedgerEntry> Replacements(LedgerEntry? original, OrderLedgerState state)
    {
        if (original is null || state.Reversed)
            yield break;

        yield return original;
        if (ClawbackPlanner.Claw(original, original.Amount, 0m, state, state.RefundedAmount, new Derivation("Recalculated")) is { } clawback)
            yield return clawback;
    }

    private static LedgerEntry Adjustment(LedgerEntry locked, LedgerEntry? original, decimal shouldNet, decimal lockedNet, decimal remainder)
    {
        var why = original is null ? new Derivation("Adjustment.Unpaid") : original.Derivation;
        return locked.Follow(EntryKind.Adjustment, original?.Base ?? 0m, remainder,
            new Derivation("Adjustment", DerivationValue.Of(DerivationField.ShouldNet, shouldNet), DerivationValue.Of(DerivationField.Locked, lockedNet),
                DerivationValue.Of(DerivationField.Why, why)));
    }
}
