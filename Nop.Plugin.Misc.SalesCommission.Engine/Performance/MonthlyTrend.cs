using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>The key figures of a set of staff members month by month, for a trend chart.</summary>
public static class MonthlyTrend
{
    /// <summary>How many months a trend chart shows, the current month last.</summary>
    public const int Months = 12;

    /// <summary>The first day of the first month of the trend that ends with the month containing <paramref name="nowUtc"/>.</summary>
    public static DateOnly FirstMonth(DateTime nowUtc) =>
        CommissionPeriod.StartOf(LadderWindow.Month, nowUtc)!.Value.AddMonths(1 - Months);

    /// <summary>The figures of the staff members together for each of the <see cref="Months"/> months up to the one containing now, oldest first.</summary>
    /// <param name="id">What the trend is about (a rep, a team's manager, or any name for the whole store).</param>
    /// <param name="staffIds">The staff members counted.</param>
    /// <param name="nowUtc">Now.</param>
    /// <param name="rows">The rows handed in; they must reach back to <see cref="FirstMonth"/>.</param>
    public static IReadOnlyList<TrendPoint> Of(string id, IReadOnlyCollection<string> staffIds, DateTime nowUtc, PerformanceRows rows)
    {
        var first = FirstMonth(nowUtc);
        return Enumerable.Range(0, Months)
            .Select(offset => first.AddMonths(offset))
            .Select(month => new TrendPoint(month, PerformanceFigures.Of(id, staffIds, LadderWindow.Month, month, rows)))
            .ToList();
    }
}
