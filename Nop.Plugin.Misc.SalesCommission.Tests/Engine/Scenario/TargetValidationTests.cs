using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Scenario;

/// <summary>
/// Rules §7 and §8: a scenario's <c>targets</c> and a program's <c>accelerator</c> are validated like every other
/// field; each problem names its field path and nothing is run.
/// </summary>
[TestFixture]
public sealed class TargetValidationTests
{
    private const string Accelerated =
        """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "accelerator": { "thresholdPercent": 100, "factor": 1.5 } }""";

    private const string AnnsMonth = """{ "staffId": "ann", "window": "Month", "startDate": "2026-03-01", "amount": 10000 }""";

    private static TestCaseData Bad(string rule, string program, string target, string error) =>
        new TestCaseData(program, target, error).SetName($"Rejects_{rule}");

    private static IEnumerable<TestCaseData> BadInputs()
    {
        yield return Bad("accelerator_factor_below_1",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "accelerator": { "thresholdPercent": 100, "factor": 0.5 } }""", AnnsMonth,
            "programs[0].accelerator.factor: must be at least 1");
        yield return Bad("accelerator_negative_threshold",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "accelerator": { "thresholdPercent": -1, "factor": 1.5 } }""", AnnsMonth,
            "programs[0].accelerator.thresholdPercent: must not be negative");
        yield return Bad("accelerator_without_factor",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "accelerator": { "thresholdPercent": 100 } }""", AnnsMonth,
            "programs[0].accelerator.factor: is required");
        yield return Bad("target_of_unknown_staff", Accelerated,
            """{ "staffId": "zoe", "window": "Month", "startDate": "2026-03-01", "amount": 10000 }""",
            "targets[0].staffId: unknown staff 'zoe'");
        yield return Bad("target_of_unknown_group", Accelerated,
            """{ "groupId": "Retail", "window": "Month", "startDate": "2026-03-01", "amount": 10000 }""",
            "targets[0].groupId: unknown group 'Retail'");
        yield return Bad("target_naming_staff_and_group", Accelerated,
            """{ "staffId": "ann", "groupId": "Wholesale", "window": "Month", "startDate": "2026-03-01", "amount": 10000 }""",
            "targets[0]: a target names one of staffId, groupId");
        yield return Bad("target_per_order", Accelerated,
            """{ "staffId": "ann", "window": "PerOrder", "startDate": "2026-03-01", "amount": 10000 }""",
            "targets[0].window: must be Month, Quarter or Year");
        yield return Bad("target_without_start_date", Accelerated,
            """{ "staffId": "ann", "window": "Month", "amount": 10000 }""",
            "targets[0].startDate: is required");
        yield return Bad("target_of_zero", Accelerated,
            """{ "staffId": "ann", "window": "Month", "startDate": "2026-03-01", "amount": 0 }""",
            "targets[0].amount: must be above 0");
        yield return Bad("target_of_a_negative_amount", Accelerated,
            """{ "staffId": "ann", "window": "Month", "startDate": "2026-03-01", "amount": -10 }""",
            "targets[0].amount: must be above 0");
        yield return Bad("month_target_not_starting_on_the_1st", Accelerated,
            """{ "staffId": "ann", "window": "Month", "startDate": "2026-03-05", "amount": 10000 }""",
            "targets[0].startDate: must be the first day of its Month (2026-03-01, not 2026-03-05)");
        yield return Bad("quarter_target_not_starting_on_1_Jan_Apr_Jul_or_Oct", Accelerated,
            """{ "groupId": "Wholesale", "window": "Quarter", "startDate": "2026-02-01", "amount": 10000 }""",
            "targets[0].startDate: must be the first day of its Quarter (2026-01-01, not 2026-02-01)");
        yield return Bad("year_target_not_starting_on_1_January", Accelerated,
            """{ "staffId": "ann", "window": "Year", "startDate": "2026-04-01", "amount": 10000 }""",
            "targets[0].startDate: must be the first day of its Year (2026-01-01, not 2026-04-01)");
        yield return Bad("target_with_an_unknown_window", Accelerated,
            """{ "staffId": "ann", "window": "Week", "startDate": "2026-03-05", "amount": 10000 }""",
            "targets[0].window: must be one of PerOrder, Month, Quarter, Year");
    }

    private static TestCaseData Overlap(string rule, string first, string second, string error) =>
        new TestCaseData(first, second, error).SetName($"Rejects_{rule}");

    private static IEnumerable<TestCaseData> Overlaps()
    {
        yield return Overlap("two_month_targets_of_one_staff_member_for_the_same_month",
            AnnsMonth, """{ "staffId": "ann", "window": "Month", "startDate": "2026-03-01", "amount": 5000 }""",
            "targets[1].startDate: the Month from 2026-03-01 overlaps targets[0] of staff 'ann'");
        yield return Overlap("a_quarter_target_around_a_month_target_of_one_staff_member",
            AnnsMonth, """{ "staffId": "ann", "window": "Quarter", "startDate": "2026-01-01", "amount": 30000 }""",
            "targets[1].startDate: the Quarter from 2026-01-01 overlaps targets[0] of staff 'ann'");
        yield return Overlap("a_month_target_inside_a_year_team_quota_of_one_group",
            """{ "groupId": "Wholesale", "window": "Year", "startDate": "2026-01-01", "amount": 100000 }""",
            """{ "groupId": "Wholesale", "window": "Month", "startDate": "2026-12-01", "amount": 5000 }""",
            "targets[1].startDate: the Month from 2026-12-01 overlaps targets[0] of group 'Wholesale'");
    }

    [TestCaseSource(nameof(Overlaps))]
    public void Second_of_two_overlapping_targets_of_one_owner_is_reported(string first, string second, string error)
    {
        var read = ScenarioBuilder.Default()
            .Group("""{ "id": "Wholesale", "staff": [ { "staffId": "ann", "split": 100 } ] }""")
            .Program(Accelerated)
            .Target(first)
            .Target(second)
            .Read();

        Assert.That((read.Scenario, read.Errors.Select(e => e.ToString())), Is.EqualTo(((object?)null, new[] { error })));
    }

    [Test]
    public void Targets_of_one_owner_for_consecutive_periods_and_of_different_owners_for_one_period_are_valid()
    {
        var read = ScenarioBuilder.Default()
            .Group("""{ "id": "Wholesale", "staff": [ { "staffId": "ann", "split": 100 } ] }""")
            .Program(Accelerated)
            .Target(AnnsMonth)
            .Target("""{ "staffId": "ann", "window": "Month", "startDate": "2026-04-01", "amount": 10000 }""")
            .Target("""{ "staffId": "ann", "window": "Quarter", "startDate": "2026-07-01", "amount": 10000 }""")
            .Target("""{ "groupId": "Wholesale", "window": "Month", "startDate": "2026-03-01", "amount": 10000 }""")
            .Read();

        Assert.That(read.Errors, Is.Empty);
    }

    [TestCaseSource(nameof(BadInputs))]
    public void Bad_target_or_accelerator_is_reported_at_its_field(string program, string target, string error)
    {
        var read = ScenarioBuilder.Default()
            .Group("""{ "id": "Wholesale", "staff": [ { "staffId": "ann", "split": 100 } ] }""")
            .Program(program)
            .Target(target)
            .Read();

        Assert.That((read.Scenario, read.Errors.Select(e => e.ToString())), Is.EqualTo(((object?)null, new[] { error })));
    }

    [Test]
    public void Valid_target_and_accelerator_are_read()
    {
        var read = ScenarioBuilder.Default().Program(Accelerated).Target(AnnsMonth).Read();

        Assert.That(read.Scenario!.Setup.Targets.Single().Label, Is.EqualTo("ann, Month from 2026-03-01"));
    }
}
