namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>What a recalculation changes for one order: the differences, the pending entries to remove and the entries to add.</summary>
/// <param name="Differences">Every group whose net changes.</param>
/// <param name="Remove">Host ids of pending entries replaced.</param>
/// <param name="Add">New entries: replacements of pending ones, or adjustments of locked ones.</param>
public sealed record RecalculationPlan(
    IReadOnlyList<RecalculationDifference> Differences, IReadOnlyList<long> Remove, IReadOnlyList<LedgerEntry> Add)
{
    /// <summary>True when nothing changes.</summary>
    public bool IsEmpty => Differences.Count == 0;

    /// <summary>
    /// Where the added entries of an order of a closed month are posted (<see cref="Periods.ClosedMonths.Post"/>); null when
    /// they are dated as the order's other entries.
    /// </summary>
    public Periods.CorrectionPosting? Posting { get; init; }
}
