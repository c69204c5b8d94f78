using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Targets;

/// <summary>Rules §7: attainment = credited NetSales of orders paid in the target's period ÷ the target.</summary>
[TestFixture]
public sealed class AttainmentCalculatorTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoGroups =
        new Dictionary<string, IReadOnlyList<string>>();

    private static DateTime Utc(int year, int month, int day, int hour = 12, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    private static CreditedSale Sale(string orderId, string staffId, DateTime paidAtUtc, decimal netSales) =>
        new(orderId, staffId, paidAtUtc, netSales);

    private static TargetAttainment AttainmentOf(
        SalesTarget target, IReadOnlyDictionary<string, IReadOnlyList<string>> groups, params CreditedSale[] sales) =>
        AttainmentCalculator.Calculate([target], sales, groups).Single();

    [Test]
    public void Attainment_is_credited_net_sales_paid_in_the_month_over_the_target()
    {
        var target = SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, new DateOnly(2026, 3, 1), 20000m);

        var attainment = AttainmentOf(target, NoGroups,
            Sale("1", "ann", Utc(2026, 3, 2), 5000m),
            Sale("2", "ann", Utc(2026, 3, 20), 12000m));

        Assert.That((attainment.CreditedNetSales, attainment.Percent, attainment.Ratio, attainment.Remaining, attainment.IsMet),
            Is.EqualTo((17000m, 85m, 0.85m, 3000m, false)));
    }

    [Test]
    public void Attainment_explains_its_arithmetic_in_words_a_rep_can_check()
    {
        var target = SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, new DateOnly(2026, 3, 1), 20000m);

        var attainment = AttainmentOf(target, NoGroups,
            Sale("1", "ann", Utc(2026, 3, 2), 5000m),
            Sale("2", "ann", Utc(2026, 3, 20), 12000m));

        Assert.That(attainment.Derivation, Is.EqualTo("Target t1 (ann, Month from 2026-03-01): 17000.00 of 20000.00 = 85%"));
    }

    [Test]
    public void Attainment_above_the_target_exceeds_100_percent_and_leaves_nothing_remaining()
    {
        var target = SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, new DateOnly(2026, 3, 1), 20000m);

        var attainment = AttainmentOf(target, NoGroups, Sale("1", "ann", Utc(2026, 3, 2), 25000m));

        Assert.That((attainment.Percent, attainment.Remaining, attainment.IsMet), Is.EqualTo((125m, 0m, true)));
    }

    [Test]
    public void Orders_paid_outside_the_target_period_are_ignored()
    {
        var target = SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, new DateOnly(2026, 3, 1), 20000m);

        var attainment = AttainmentOf(target, NoGroups,
            Sale("1", "ann", Utc(2026, 2, 28, 23, 59, 59), 4000m),
            Sale("2", "ann", Utc(2026, 3, 1, 0, 0, 0), 5000m),
            Sale("3", "ann", Utc(2026, 3, 31, 23, 59, 59), 12000m),
            Sale("4", "ann", Utc(2026, 4, 1, 0, 0, 0), 7000m));

        Assert.That(attainment.CreditedNetSales, Is.EqualTo(17000m));
    }

    [Test]
    public void Sales_credited_to_other_staff_do_not_count_toward_a_staff_target()
    {
        var target = SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, new DateOnly(2026, 3, 1), 20000m);

        var attainment = AttainmentOf(target, NoGroups,
            Sale("1", "ann", Utc(2026, 3, 2), 5000m),
            Sale("2", "bob", Utc(2026, 3, 3), 9000m));

        Assert.That(attainment.Percent, Is.EqualTo(25m));
    }

    [Test]
    public void Group_target_is_a_team_quota_summing_the_credited_sales_of_the_group_staff()
    {
        var groups = new Dictionary<string, IReadOnlyList<string>> { ["Wholesale"] = ["ann", "bob"] };
        var target = SalesTarget.ForGroup("team", "Wholesale", LadderWindow.Month, new DateOnly(2026, 3, 1), 20000m);

        var attainment = AttainmentOf(target, groups,
            Sale("1", "ann", Utc(2026, 3, 2), 9000m),
            Sale("2", "bob", Utc(2026, 3, 5), 6000m),
            Sale("3", "carl", Utc(2026, 3, 6), 5000m));

        Assert.That((attainment.CreditedNetSales, attainment.Percent), Is.EqualTo((15000m, 75m)));
    }

    [Test]
    public void Order_split_between_two_team_members_counts_once_in_full_toward_the_team_target()
    {
        var groups = new Dictionary<string, IReadOnlyList<string>> { ["Wholesale"] = ["ann", "bob", "ann"] };
        var target = SalesTarget.ForGroup("team", "Wholesale", LadderWindow.Month, new DateOnly(2026, 3, 1), 10000m);

        var attainment = AttainmentOf(target, groups,
            Sale("1", "ann", Utc(2026, 3, 2), 7000m),
            Sale("1", "bob", Utc(2026, 3, 2), 3000m));

        Assert.That(attainment.Percent, Is.EqualTo(100m));
    }

    [Test]
    public void Group_target_of_a_group_without_staff_is_not_attained()
    {
        var target = SalesTarget.ForGroup("team", "Retail", LadderWindow.Month, new DateOnly(2026, 3, 1), 10000m);

        var attainment = AttainmentOf(target, NoGroups, Sale("1", "ann", Utc(2026, 3, 2), 7000m));

        Assert.That(attainment.Percent, Is.EqualTo(0m));
    }

    [Test]
    public void Quarter_target_counts_the_three_months_from_its_starting_date()
    {
        var target = SalesTarget.ForStaff("q2", "ann", LadderWindow.Quarter, new DateOnly(2026, 4, 1), 40000m);

        var attainment = AttainmentOf(target, NoGroups,
            Sale("1", "ann", Utc(2026, 3, 31, 23, 59, 59), 9000m),
            Sale("2", "ann", Utc(2026, 4, 10), 10000m),
            Sale("3", "ann", Utc(2026, 5, 10), 10000m),
            Sale("4", "ann", Utc(2026, 6, 30, 23, 59, 59), 10000m),
            Sale("5", "ann", Utc(2026, 7, 1, 0, 0, 0), 9000m));

        Assert.That((attainment.CreditedNetSales, attainment.Percent), Is.EqualTo((30000m, 75m)));
    }

    [Test]
    public void Year_target_runs_the_calendar_year_from_1_January()
    {
        var target = SalesTarget.ForStaff("y26", "ann", LadderWindow.Year, new DateOnly(2026, 1, 1), 100000m);

        var attainment = AttainmentOf(target, NoGroups,
            Sale("1", "ann", Utc(2025, 12, 31, 23, 59, 59), 50000m),
            Sale("2", "ann", Utc(2026, 1, 1, 0, 0, 0), 30000m),
            Sale("3", "ann", Utc(2026, 12, 31, 23, 59, 59), 30000m),
            Sale("4", "ann", Utc(2027, 1, 1, 0, 0, 0), 50000m));

        Assert.That((attainment.CreditedNetSales, attainment.Percent), Is.EqualTo((60000m, 60m)));
    }

    [Test]
    public void Attainments_are_returned_per_target_in_the_targets_order()
    {
        var month = SalesTarget.ForStaff("m", "ann", LadderWindow.Month, new DateOnly(2026, 3, 1), 10000m);
        var quarter = SalesTarget.ForStaff("q", "ann", LadderWindow.Quarter, new DateOnly(2026, 1, 1), 30000m);

        var attainments = AttainmentCalculator.Calculate([month, quarter],
            [Sale("1", "ann", Utc(2026, 2, 2), 6000m), Sale("2", "ann", Utc(2026, 3, 2), 5000m)], NoGroups);

        Assert.That(attainments.Select(a => (a.Target.Id, a.CreditedNetSales)),
            Is.EqualTo(new[] { ("m", 5000m), ("q", 11000m) }));
    }

    [Test]
    public void Refunds_do_not_reduce_attainment_so_negative_credited_sales_are_rejected()
    {
        var target = SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, new DateOnly(2026, 3, 1), 20000m);

        Assert.That(() => AttainmentOf(target, NoGroups,
                Sale("1", "ann", Utc(2026, 3, 2), 5000m),
                Sale("1", "ann", Utc(2026, 3, 9), -500m)),
            Throws.ArgumentException.With.Message.Contains("refunds do not reduce attainment"));
    }

    [Test]
    public void A_target_needs_a_month_quarter_or_year_and_an_amount_above_zero()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => SalesTarget.ForStaff("t1", "ann", LadderWindow.PerOrder, new DateOnly(2026, 3, 1), 1000m),
                Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => SalesTarget.ForGroup("t2", "Wholesale", LadderWindow.Month, new DateOnly(2026, 3, 1), 0m),
                Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }
}
