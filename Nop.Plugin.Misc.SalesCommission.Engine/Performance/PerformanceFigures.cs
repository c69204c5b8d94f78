using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>
/// The key figures of one rep or one team in one calendar month, quarter or year (UTC, <see cref="CommissionPeriod"/>):
/// commission, credited sales, orders, average order value and target attainment. Sums are kept exact and each shown
/// figure is rounded once: money by <see cref="Money.Round"/>, attainment by <see cref="TargetAttainment.ShownPercent"/>.
/// </summary>
public static class PerformanceFigures
{
    /// <summary>The figures of the staff members together in the period that starts on <paramref name="periodStart"/>.</summary>
    /// <param name="id">What the line is about: the rep, or the team's manager.</param>
    /// <param name="staffIds">The staff members counted (one for a rep, the members for a team).</param>
    /// <param name="window">Month, Quarter or Year.</param>
    /// <param name="periodStart">The first day of the period.</param>
    /// <param name="rows">The rows handed in.</param>
    /// <exception cref="ArgumentOutOfRangeException">The window is not a calendar period.</exception>
    public static KpiLine Of(string id, IEnumerable<string> staffIds, LadderWindow window, DateOnly periodStart, PerformanceRows rows)
    {
        if (!CommissionPeriod.IsCalendar(window))
            throw new ArgumentOutOfRangeException(nameof(window), window, "A period is a Month, Quarter or Year.");

        var counted = new HashSet<string>(staffIds, StringComparer.Ordinal);
        var end = CommissionPeriod.EndOf(window, periodStart);

        var commission = rows.Commissions
            .Where(row => counted.Contains(row.StaffId) && periodStart <= row.Month && row.Month < end)
            .Sum(row => row.Amount);
        var sales = rows.Sales
            .Where(sale => counted.Contains(sale.StaffId) && CommissionPeriod.StartOf(window, sale.PaidAtUtc) == periodStart)
            .ToList();
        var creditedSales = sales.Sum(sale => sale.NetSales);
        var orders = sales.Select(sale => sale.OrderId).Distinct(StringComparer.Ordinal).Count();

        return new KpiLine(id, Money.Round(commission), Money.Round(creditedSales), orders,
            orders == 0 ? null : Money.Round(creditedSales / orders),
            AttainmentOf(id, counted, window, periodStart, rows.Attainments));
    }

    /// <summary>
    /// The attainment of the staff targets set for exactly this period: one rep's target as the targets page shows it,
    /// a team's as its members' targets added up (their credited sales together against their amounts together).
    /// </summary>
    private static decimal? AttainmentOf(string id, HashSet<string> counted, LadderWindow window, DateOnly periodStart,
        IReadOnlyList<TargetAttainment> attainments)
    {
        var ofPeriod = attainments
            .Where(attainment => attainment.Target.StaffId is { } staffId && counted.Contains(staffId)
                && attainment.Target.Window == window && attainment.Target.StartDate == periodStart)
            .ToList();
        if (ofPeriod.Count == 0)
            return null;

        var together = SalesTarget.ForStaff(id, id, window, periodStart, ofPeriod.Sum(attainment => attainment.Target.Amount));
        return new TargetAttainment(together, ofPeriod.Sum(attainment => attainment.CreditedNetSales)).ShownPercent;
    }
}
