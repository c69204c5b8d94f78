namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>
/// A staff member's commission in one calendar month: the net of their entries (direct, override, clawback, reversal,
/// adjustment) dated in it, an entry dated by its order's paid date (UTC) or, posted out of a closed month, by the
/// first day of the open month it was posted into.
/// </summary>
/// <param name="StaffId">The staff member.</param>
/// <param name="Month">The first day of the month.</param>
/// <param name="Amount">The sum of the entries' amounts (each rounded once when written).</param>
public sealed record StaffMonthCommission(string StaffId, DateOnly Month, decimal Amount);
