using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Scenario;

/// <summary>
/// Rules §3.4 and §8: <c>capPerOrder</c>, <c>capPerPeriod</c> and a last band's <c>to</c> are read like every other field;
/// a cap ≤ 0, an unknown cap window and a <c>to</c> on the last band that is not above its <c>from</c> are bad input named
/// by their field path, and nothing is run.
/// </summary>
[TestFixture]
public sealed class CapValidationTests
{
    private const string Bands = """[ { "from": 0, "rate": 2 }, { "from": 3000, "rate": 3 }, { "from": 5000, "to": 8000, "rate": 4 } ]""";

    private static TestCaseData Bad(string rule, string program, string error) =>
        new TestCaseData(program, error).SetName($"Rejects_{rule}");

    private static IEnumerable<TestCaseData> BadInputs()
    {
        yield return Bad("a_cap_per_order_of_0", """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerOrder": 0 }""",
            "programs[0].capPerOrder: must be above 0");
        yield return Bad("a_negative_cap_per_order", """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerOrder": -5 }""",
            "programs[0].capPerOrder: must be above 0");
        yield return Bad("a_cap_per_order_that_is_not_a_number", """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerOrder": "250" }""",
            "programs[0].capPerOrder: must be a number");
        yield return Bad("a_period_cap_of_0",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerPeriod": { "window": "Month", "amount": 0 } }""",
            "programs[0].capPerPeriod.amount: must be above 0");
        yield return Bad("a_negative_period_cap",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerPeriod": { "window": "Month", "amount": -100 } }""",
            "programs[0].capPerPeriod.amount: must be above 0");
        yield return Bad("a_period_cap_without_amount",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerPeriod": { "window": "Month" } }""",
            "programs[0].capPerPeriod.amount: is required");
        yield return Bad("an_unknown_period_cap_window",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerPeriod": { "window": "Week", "amount": 100 } }""",
            "programs[0].capPerPeriod.window: must be Month, Quarter or Year");
        yield return Bad("a_per_order_period_cap_window",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerPeriod": { "window": "PerOrder", "amount": 100 } }""",
            "programs[0].capPerPeriod.window: must be Month, Quarter or Year");
        yield return Bad("a_period_cap_window_given_as_a_number",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerPeriod": { "window": "1", "amount": 100 } }""",
            "programs[0].capPerPeriod.window: must be Month, Quarter or Year");
        yield return Bad("a_period_cap_without_window",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerPeriod": { "amount": 100 } }""",
            "programs[0].capPerPeriod.window: is required");
        yield return Bad("a_period_cap_that_is_not_an_object",
            """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerPeriod": 100 }""",
            "programs[0].capPerPeriod: must be an object");
        yield return Bad("a_last_band_to_equal_to_its_from",
            """{ "id": "p1", "type": "Ladder", "ladder": { "bands": [ { "from": 0, "rate": 2 }, { "from": 5000, "to": 5000, "rate": 4 } ] } }""",
            "programs[0].ladder.bands[1].to: the last band's 'to' caps the base and must be above its from 5000");
        yield return Bad("a_last_band_to_below_its_from",
            """{ "id": "p1", "type": "Ladder", "ladder": { "bands": [ { "from": 0, "rate": 2 }, { "from": 5000, "to": 4000, "rate": 4 } ] } }""",
            "programs[0].ladder.bands[1].to: the last band's 'to' caps the base and must be above its from 5000");
        yield return Bad("a_single_band_to_of_0",
            """{ "id": "p1", "type": "Ladder", "ladder": { "bands": [ { "from": 0, "to": 0, "rate": 2 } ] } }""",
            "programs[0].ladder.bands[0].to: the last band's 'to' caps the base and must be above its from 0");
    }

    [TestCaseSource(nameof(BadInputs))]
    public void Bad_cap_is_reported_at_its_field(string program, string error)
    {
        var read = ScenarioBuilder.Default().Program(program).Read();

        Assert.That((read.Scenario, read.Errors.Select(e => e.ToString())), Is.EqualTo(((object?)null, new[] { error })));
    }

    [Test]
    public void Caps_are_read_into_the_program()
    {
        var read = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerOrder": 250, "capPerPeriod": { "window": "quarter", "amount": 1000 } }""")
            .Read();

        var program = read.Scenario!.Setup.Programs.Single();
        Assert.That((program.CapPerOrder, program.CapPerPeriod), Is.EqualTo(((decimal?)250m, new PeriodCap(LadderWindow.Quarter, 1000m))));
    }

    [Test]
    public void Last_band_to_is_read_as_the_ladders_top()
    {
        var read = ScenarioBuilder.Default()
            .Program($$"""{ "id": "p1", "type": "Ladder", "ladder": { "bands": {{Bands}} } }""")
            .Read();

        Assert.That(read.Scenario!.Setup.Programs.Single().Ladder!.Bands.Select(b => b.To), Is.EqualTo(new decimal?[] { 3000m, 5000m, 8000m }));
    }
}
