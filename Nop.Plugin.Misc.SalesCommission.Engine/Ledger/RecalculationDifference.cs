namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>One group of an order whose net commission changes on recalculation.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Group">The program, beneficiary and level.</param>
/// <param name="Current">The net of the entries recorded now.</param>
/// <param name="Recalculated">The net the order should earn now.</param>
public sealed record RecalculationDifference(string OrderId, EntryGroup Group, decimal Current, decimal Recalculated)
{
    /// <summary>The change.</summary>
    public decimal Difference => Recalculated - Current;
}
