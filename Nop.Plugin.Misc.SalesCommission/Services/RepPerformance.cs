using Nop.Plugin.Misc.SalesCommission.Engine.Performance;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>What a rep sees of performance on their own page.</summary>
/// <param name="Own">Their own figures this month, quarter and year, each with its period and the period's first day.</param>
/// <param name="Trend">Their own figures month by month.</param>
/// <param name="Visibility">The store's leaderboard setting.</param>
/// <param name="Boards">The leaderboards of this month, quarter and year, only of the reps they may see; none when the setting is off.</param>
public sealed record RepPerformance(IReadOnlyList<(LadderWindow Window, DateOnly Start, KpiLine Figures)> Own, IReadOnlyList<TrendPoint> Trend, LeaderboardVisibility Visibility,
    IReadOnlyList<PerformanceBoard> Boards);
