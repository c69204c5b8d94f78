namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>
/// Ranks leaderboard lines by commission, highest first. Equal commission shares a rank and the next rank skips as
/// many places (1, 1, 3); lines that share a rank are listed by name (ignoring case), then by id, so the order never
/// depends on how the rows were read.
/// </summary>
public static class KpiRanking
{
    /// <summary>The lines ranked and in the order they are shown.</summary>
    /// <param name="lines">Each line's figures with the name it is shown under.</param>
    public static IReadOnlyList<RankedKpi> Rank(IEnumerable<(KpiLine Figures, string Name)> lines)
    {
        var ordered = lines
            .OrderByDescending(line => line.Figures.Commission)
            .ThenBy(line => line.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(line => line.Figures.Id, StringComparer.Ordinal)
            .ToList();

        var ranked = new List<RankedKpi>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Figures.Commission == ordered[i - 1].Figures.Commission ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedKpi(rank, ordered[i].Name, ordered[i].Figures));
        }

        return ranked;
    }
}
