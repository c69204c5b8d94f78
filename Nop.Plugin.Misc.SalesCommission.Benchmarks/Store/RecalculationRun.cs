namespace Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;

/// <summary>What a recalculation of a year found.</summary>
/// <param name="Orders">Orders recalculated.</param>
/// <param name="ChangedOrders">Orders whose recalculation plan is not empty.</param>
/// <param name="Differences">Entry groups whose net changes.</param>
/// <param name="Removed">Pending entries replaced.</param>
/// <param name="Added">Entries added (replacements, clawbacks, adjustments).</param>
/// <param name="PeriodTotals">Period totals kept at the end.</param>
public sealed record RecalculationRun(int Orders, int ChangedOrders, int Differences, int Removed, int Added, int PeriodTotals);
