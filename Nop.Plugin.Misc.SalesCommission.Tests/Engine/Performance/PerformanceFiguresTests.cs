using Nop.Plugin.Misc.SalesCommission.Engine.Performance;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Performance;

/// <summary>
/// The leaderboard's key figures: commission by the entries' month, credited sales and orders of the orders paid in the
/// period, average order value rounded once, attainment by the targets' own rule.
/// </summary>
[TestFixture]
public sealed class PerformanceFiguresTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    private static DateTime Utc(int month, int day) => new(2026, month, day, 12, 0, 0, DateTimeKind.Utc);

    private static PerformanceRows Rows(IReadOnlyList<StaffMonthCommission>? commissions = null,
        IReadOnlyList<CreditedSale>? sales = null, IReadOnlyList<TargetAttainment>? attainments = null) =>
        new(commissions ?? [], sales ?? [], attainments ?? []);

    [Test]
    public void A_reps_month_counts_their_commission_sales_and_orders_of_that_month_only()
    {
        var rows = Rows(
            [new("ann", March, 120.00m), new("ann", March.AddMonths(1), 999m), new("bob", March, 50m)],
            [new("1", "ann", Utc(3, 2), 1000m), new("2", "ann", Utc(3, 30), 500m), new("3", "ann", Utc(4, 1), 700m), new("4", "bob", Utc(3, 5), 300m)]);

        var ann = PerformanceFigures.Of("ann", ["ann"], LadderWindow.Month, March, rows);

        Assert.That(ann, Is.EqualTo(new KpiLine("ann", 120.00m, 1500.00m, 2, 750.00m, null)));
    }

    [Test]
    public void A_quarter_adds_up_its_three_months()
    {
        var q1 = new DateOnly(2026, 1, 1);
        var rows = Rows(
            [new("ann", q1, 10m), new("ann", q1.AddMonths(1), 20m), new("ann", March, 30m), new("ann", q1.AddMonths(3), 40m)],
            [new("1", "ann", Utc(1, 5), 100m), new("2", "ann", Utc(3, 31), 200m), new("3", "ann", Utc(4, 1), 400m)]);

        var ann = PerformanceFigures.Of("ann", ["ann"], LadderWindow.Quarter, q1, rows);

        Assert.That((ann.Commission, ann.CreditedSales, ann.Orders), Is.EqualTo((60.00m, 300.00m, 2)));
    }

    [Test]
    public void Average_order_value_divides_the_unrounded_sales_and_rounds_once()
    {
        var rows = Rows(sales: [new("1", "ann", Utc(3, 1), 10m / 3m), new("2", "ann", Utc(3, 2), 10m / 3m), new("3", "ann", Utc(3, 3), 10m / 3m + 0.005m)]);

        var ann = PerformanceFigures.Of("ann", ["ann"], LadderWindow.Month, March, rows);

        //exact sum 10.005 → sales 10.01 (rounded once, away from zero); average 10.005 / 3 = 3.335 → 3.34, where the
        //rounded sales over the orders (10.01 / 3 = 3.3366…) would give 3.34 too but the sum of rounded sales 3.33 + 3.33
        //+ 3.34 = 10.00 would give 3.33
        Assert.That((ann.CreditedSales, ann.AverageOrderValue), Is.EqualTo((10.01m, 3.34m)));
    }

    [Test]
    public void Without_orders_there_is_no_average_order_value()
    {
        var ann = PerformanceFigures.Of("ann", ["ann"], LadderWindow.Month, March, Rows([new("ann", March, 5m)]));

        Assert.That((ann.Orders, ann.AverageOrderValue), Is.EqualTo((0, (decimal?)null)));
    }

    [Test]
    public void An_order_split_within_a_team_counts_once_and_in_full()
    {
        var rows = Rows(sales: [new("1", "ann", Utc(3, 2), 700m), new("1", "bob", Utc(3, 2), 300m), new("2", "bob", Utc(3, 3), 1000m)]);

        var team = PerformanceFigures.Of("cat", ["cat", "ann", "bob"], LadderWindow.Month, March, rows);

        Assert.That((team.CreditedSales, team.Orders, team.AverageOrderValue), Is.EqualTo((2000.00m, 2, 1000.00m)));
    }

    [Test]
    public void Attainment_is_the_reps_target_of_exactly_this_period_rounded_as_the_targets_page_rounds()
    {
        //245 of 2000 = 12.25% → 12.3 (half away from zero); the quarter's target does not count for the month
        var month = new TargetAttainment(SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, March, 2000m), 245m);
        var quarter = new TargetAttainment(SalesTarget.ForStaff("t2", "ann", LadderWindow.Quarter, new DateOnly(2026, 1, 1), 10m), 245m);

        var ann = PerformanceFigures.Of("ann", ["ann"], LadderWindow.Month, March, Rows(attainments: [month, quarter]));

        Assert.That(ann.AttainmentPercent, Is.EqualTo(12.3m));
    }

    [Test]
    public void A_teams_attainment_is_its_members_targets_together_and_a_member_without_a_target_is_left_out()
    {
        var ann = new TargetAttainment(SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, March, 1000m), 900m);
        var bob = new TargetAttainment(SalesTarget.ForStaff("t2", "bob", LadderWindow.Month, March, 3000m), 1500m);

        var team = PerformanceFigures.Of("cat", ["cat", "ann", "bob"], LadderWindow.Month, March, Rows(attainments: [ann, bob]));

        //(900 + 1500) of (1000 + 3000) = 60%, not the average of 90% and 50% (70%)
        Assert.That(team.AttainmentPercent, Is.EqualTo(60.0m));
    }

    [Test]
    public void A_per_order_window_is_not_a_period()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PerformanceFigures.Of("ann", ["ann"], LadderWindow.PerOrder, March, Rows()));
    }

    [Test]
    public void The_trend_shows_twelve_months_ending_with_the_current_one()
    {
        var rows = Rows([new("ann", new DateOnly(2025, 4, 1), 1m), new("ann", new DateOnly(2025, 5, 1), 2m), new("ann", March, 3m)]);

        var trend = MonthlyTrend.Of("ann", ["ann"], Utc(3, 15), rows);

        Assert.That(trend.Select(point => (point.Month, point.Figures.Commission)).ToList(), Has.Count.EqualTo(12)
            .And.Contains((new DateOnly(2025, 4, 1), 1.00m))
            .And.Contains((March, 3.00m)));
        Assert.That(trend[0].Month, Is.EqualTo(new DateOnly(2025, 4, 1)));
        Assert.That(trend[^1].Month, Is.EqualTo(March));
    }
}
