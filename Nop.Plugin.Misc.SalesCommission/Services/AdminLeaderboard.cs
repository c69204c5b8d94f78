using Nop.Plugin.Misc.SalesCommission.Engine.Performance;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The admin's leaderboard: every active rep and every team of one period, and the store's monthly trend.</summary>
/// <param name="Board">The reps and teams of the period, ranked.</param>
/// <param name="Trend">Every staff member's figures together, month by month.</param>
public sealed record AdminLeaderboard(PerformanceBoard Board, IReadOnlyList<TrendPoint> Trend);
