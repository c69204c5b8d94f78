namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>One line of a leaderboard.</summary>
/// <param name="Rank">1 for the highest commission; lines with equal commission share a rank, and the next rank skips (1, 1, 3).</param>
/// <param name="Name">The rep's name, or the team's manager's.</param>
/// <param name="Figures">The key figures.</param>
public sealed record RankedKpi(int Rank, string Name, KpiLine Figures);
