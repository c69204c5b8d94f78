using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>The leaderboard of one period: its reps and teams ranked by commission.</summary>
/// <param name="Window">Month, Quarter or Year.</param>
/// <param name="PeriodStart">The first day of the period.</param>
/// <param name="Reps">The reps, ranked.</param>
/// <param name="Teams">The teams, ranked (each under its manager's name).</param>
public sealed record PerformanceBoard(LadderWindow Window, DateOnly PeriodStart, IReadOnlyList<RankedKpi> Reps, IReadOnlyList<RankedKpi> Teams)
{
    /// <summary>The leaderboard of the month, quarter or year containing now.</summary>
    /// <param name="window">Month, Quarter or Year.</param>
    /// <param name="nowUtc">Now.</param>
    /// <param name="reps">The reps to rank with their names (already only those the viewer may see).</param>
    /// <param name="teams">The teams to rank with their names; none on a rep's page.</param>
    /// <param name="rows">The rows handed in; they must cover the period.</param>
    /// <exception cref="ArgumentOutOfRangeException">The window is not a calendar period.</exception>
    public static PerformanceBoard Of(LadderWindow window, DateTime nowUtc, IEnumerable<(string Id, string Name)> reps,
        IEnumerable<(SalesTeam Team, string Name)> teams, PerformanceRows rows)
    {
        var start = CommissionPeriod.StartOf(window, nowUtc)
                    ?? throw new ArgumentOutOfRangeException(nameof(window), window, "A period is a Month, Quarter or Year.");

        return new PerformanceBoard(window, start,
            KpiRanking.Rank(reps.Select(rep => (PerformanceFigures.Of(rep.Id, [rep.Id], window, start, rows), rep.Name))),
            KpiRanking.Rank(teams.Select(team => (PerformanceFigures.Of(team.Team.ManagerId, team.Team.Members, window, start, rows), team.Name))));
    }
}
