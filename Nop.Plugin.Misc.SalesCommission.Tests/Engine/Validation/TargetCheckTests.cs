using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Validation;

/// <summary>Rules §7: a target belongs to one staff member or one client group, over a calendar period, for a positive amount.</summary>
[TestFixture]
public sealed class TargetCheckTests
{
    [Test]
    public void A_staff_target_of_20000_for_a_month_is_valid() =>
        Assert.That(TargetCheck.Check(true, false, LadderWindow.Month, 20000m), Is.Empty);

    [Test]
    public void A_client_group_team_quota_for_a_year_is_valid() =>
        Assert.That(TargetCheck.Check(false, true, LadderWindow.Year, 1m), Is.Empty);

    [TestCase(false, false)]
    [TestCase(true, true)]
    public void A_target_must_belong_to_exactly_one_staff_member_or_group(bool hasStaff, bool hasGroup) =>
        Assert.That(TargetCheck.Check(hasStaff, hasGroup, LadderWindow.Quarter, 100m), Is.EqualTo(new[] { TargetIssue.NotExactlyOneOwner }));

    [Test]
    public void A_per_order_period_is_no_target_period() =>
        Assert.That(TargetCheck.Check(true, false, LadderWindow.PerOrder, 100m), Is.EqualTo(new[] { TargetIssue.PeriodNotCalendar }));

    [TestCase(0)]
    [TestCase(-5)]
    public void A_target_amount_must_be_above_zero(decimal amount) =>
        Assert.That(TargetCheck.Check(true, false, LadderWindow.Month, amount), Is.EqualTo(new[] { TargetIssue.AmountNotPositive }));

    [Test]
    public void Every_problem_is_reported_at_once_in_field_order() =>
        Assert.That(TargetCheck.Check(false, false, LadderWindow.PerOrder, 0m),
            Is.EqualTo(new[] { TargetIssue.NotExactlyOneOwner, TargetIssue.PeriodNotCalendar, TargetIssue.AmountNotPositive }));

    private static readonly TargetPeriod March = new(LadderWindow.Month, new DateOnly(2026, 3, 1));

    [TestCase(LadderWindow.Month, "2026-03-01")]
    [TestCase(LadderWindow.Quarter, "2026-04-01")]
    [TestCase(LadderWindow.Quarter, "2026-10-01")]
    [TestCase(LadderWindow.Year, "2026-01-01")]
    public void A_target_starting_on_the_first_day_of_its_period_is_valid(LadderWindow window, string start) =>
        Assert.That(TargetCheck.Check(true, false, window, DateOnly.Parse(start, CultureInfo.InvariantCulture), 100m, []), Is.Empty);

    [TestCase(LadderWindow.Month, "2026-03-05")]
    [TestCase(LadderWindow.Quarter, "2026-02-01")]
    [TestCase(LadderWindow.Year, "2026-04-01")]
    public void A_target_not_starting_on_the_first_day_of_its_period_is_refused(LadderWindow window, string start) =>
        Assert.That(TargetCheck.Check(true, false, window, DateOnly.Parse(start, CultureInfo.InvariantCulture), 100m, []),
            Is.EqualTo(new[] { TargetIssue.StartNotFirstDayOfPeriod }));

    [TestCase(LadderWindow.Month, "2026-03-01")]
    [TestCase(LadderWindow.Quarter, "2026-01-01")]
    [TestCase(LadderWindow.Year, "2026-01-01")]
    public void A_target_overlapping_another_target_of_its_owner_is_refused(LadderWindow window, string start) =>
        Assert.That(TargetCheck.Check(true, false, window, DateOnly.Parse(start, CultureInfo.InvariantCulture), 100m, [March]),
            Is.EqualTo(new[] { TargetIssue.OverlapsAnotherTarget }));

    [TestCase(LadderWindow.Month, "2026-04-01")]
    [TestCase(LadderWindow.Quarter, "2026-04-01")]
    [TestCase(LadderWindow.Year, "2027-01-01")]
    public void A_target_next_to_another_target_of_its_owner_is_valid(LadderWindow window, string start) =>
        Assert.That(TargetCheck.Check(false, true, window, DateOnly.Parse(start, CultureInfo.InvariantCulture), 100m, [March]), Is.Empty);

    [Test]
    public void Fields_not_given_are_left_to_the_caller_and_their_rules_unchecked() =>
        Assert.That(TargetCheck.Check(true, false, null, null, null, [March]), Is.Empty);

    [Test]
    public void The_four_field_check_delegates_to_the_one_rule_without_start_and_overlap() =>
        Assert.That(TargetCheck.Check(false, true, LadderWindow.Year, -1m),
            Is.EqualTo(TargetCheck.Check(false, true, LadderWindow.Year, null, -1m, [March])));
}
