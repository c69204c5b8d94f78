namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>Calendar periods of period ladders: month, quarter or year of the paid time in UTC (rules §9.6).</summary>
public static class CommissionPeriod
{
    /// <summary>True for a calendar period (Month, Quarter or Year); false for a per-order window or an unknown value.</summary>
    public static bool IsCalendar(LadderWindow window) => window is LadderWindow.Month or LadderWindow.Quarter or LadderWindow.Year;

    /// <summary>The first day of the period containing the paid time; null for a per-order window.</summary>
    public static DateOnly? StartOf(LadderWindow window, DateTime paidAtUtc) => window switch
    {
        LadderWindow.Month => new DateOnly(paidAtUtc.Year, paidAtUtc.Month, 1),
        LadderWindow.Quarter => new DateOnly(paidAtUtc.Year, (paidAtUtc.Month - 1) / 3 * 3 + 1, 1),
        LadderWindow.Year => new DateOnly(paidAtUtc.Year, 1, 1),
        _ => null
    };

    /// <summary>The first day after the period that starts on <paramref name="start"/>.</summary>
    public static DateOnly EndOf(LadderWindow window, DateOnly start) => window switch
    {
        LadderWindow.Month => start.AddMonths(1),
        LadderWindow.Quarter => start.AddMonths(3),
        LadderWindow.Year => start.AddYears(1),
        _ => start.AddDays(1)
    };

    /// <summary>A short label of the period ("2026-03", "2026-Q1", "2026").</summary>
    public static string Label(LadderWindow window, DateOnly start) => window switch
    {
        LadderWindow.Month => $"{start.Year:D4}-{start.Month:D2}",
        LadderWindow.Quarter => $"{start.Year:D4}-Q{(start.Month - 1) / 3 + 1}",
        _ => $"{start.Year:D4}"
    };
}
