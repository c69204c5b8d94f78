using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>What a recalculation job found (or wrote): its totals and its first differences.</summary>
/// <param name="Orders">Orders recalculated.</param>
/// <param name="Changes">Differences found (or written).</param>
/// <param name="NetChange">Their sum.</param>
/// <param name="Summary">The run's record of itself (failures named).</param>
/// <param name="Differences">The first <see cref="KeptDifferences"/> differences, in paid order.</param>
public sealed record RecalculationJobResult(int Orders, int Changes, decimal NetChange, string Summary,
    IReadOnlyList<RecalculationDifference> Differences)
{
    /// <summary>How many differences a job keeps to show (the totals count them all).</summary>
    public const int KeptDifferences = 1000;
}
