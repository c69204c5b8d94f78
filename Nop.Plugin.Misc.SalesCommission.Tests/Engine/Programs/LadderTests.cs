using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>Rules §3.2.2 Ladder: marginal and whole-amount modes, rate and fixed bands, per-order and period windows.</summary>
[TestFixture]
public sealed class LadderTests
{
    private const string RateBands = """[ { "from": 0, "rate": 2 }, { "from": 3000, "rate": 3 }, { "from": 5000, "rate": 4 } ]""";
    private const string FixedBands = """[ { "from": 0, "fixed": 2 }, { "from": 500, "fixed": 3 }, { "from": 1000, "fixed": 4 } ]""";
    private const string MonthBands = """[ { "from": 0, "rate": 2 }, { "from": 10000, "rate": 3 } ]""";

    private static string LadderProgram(string mode, string bands, string window = "PerOrder") =>
        $$"""{ "id": "p1", "type": "Ladder", "ladder": { "mode": "{{mode}}", "window": "{{window}}", "bands": {{bands}} } }""";

    private static IReadOnlyList<string> RunOneOrder(string program, decimal netSales) =>
        ScenarioBuilder.Default()
            .Program(program)
            .Order($$"""{ "subtotalExclTax": {{netSales.ToString(CultureInfo.InvariantCulture)}} }""")
            .Run()
            .Lines();

    [Test]
    public void Ladder_marginal_pays_each_band_at_its_own_rate()
    {
        Assert.That(RunOneOrder(LadderProgram("Marginal", RateBands), 5525m), Is.EqualTo(new[] { "ann Direct 141.00" }));
    }

    [Test]
    public void Ladder_mode_defaults_to_marginal()
    {
        var program = $$"""{ "id": "p1", "type": "Ladder", "ladder": { "bands": {{RateBands}} } }""";

        Assert.That(RunOneOrder(program, 5525m), Is.EqualTo(new[] { "ann Direct 141.00" }));
    }

    [Test]
    public void Ladder_whole_amount_pays_the_whole_base_at_the_rate_of_the_highest_band_reached()
    {
        Assert.That(RunOneOrder(LadderProgram("WholeAmount", RateBands), 5525m), Is.EqualTo(new[] { "ann Direct 221.00" }));
    }

    [Test]
    public void Ladder_marginal_fixed_bands_pay_the_fixed_amount_of_every_band_reached()
    {
        Assert.That(RunOneOrder(LadderProgram("Marginal", FixedBands), 1212m), Is.EqualTo(new[] { "ann Direct 9.00" }));
    }

    [Test]
    public void Ladder_whole_amount_fixed_bands_pay_the_fixed_amount_of_the_highest_band_reached()
    {
        Assert.That(RunOneOrder(LadderProgram("WholeAmount", FixedBands), 1212m), Is.EqualTo(new[] { "ann Direct 4.00" }));
    }

    [Test]
    public void Ladder_band_is_reached_when_its_from_equals_the_base()
    {
        Assert.That(RunOneOrder(LadderProgram("WholeAmount", RateBands), 5000m), Is.EqualTo(new[] { "ann Direct 200.00" }));
    }

    [Test]
    public void Ladder_with_a_base_of_zero_earns_nothing_even_with_fixed_bands()
    {
        Assert.That(RunOneOrder(LadderProgram("Marginal", FixedBands), 0m), Is.Empty);
    }

    [Test]
    public void Ladder_mixing_rate_and_fixed_bands_pays_each_band_its_own_way()
    {
        const string mixed = """[ { "from": 0, "rate": 2 }, { "from": 1000, "fixed": 50 } ]""";

        Assert.That(RunOneOrder(LadderProgram("Marginal", mixed), 1500m), Is.EqualTo(new[] { "ann Direct 70.00" }));
    }

    [Test]
    public void Period_ladder_whole_amount_puts_the_catch_up_on_the_order_that_crosses_a_band()
    {
        var result = ScenarioBuilder.Default()
            .Program(LadderProgram("WholeAmount", MonthBands, "Month"))
            .Order("""{ "id": "A", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 6000 }""")
            .Order("""{ "id": "B", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 5000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#A ann Direct 120.00", "#B ann Direct 210.00" }));
    }

    [Test]
    public void Period_ladder_marginal_never_re_rates_earlier_orders()
    {
        var result = ScenarioBuilder.Default()
            .Program(LadderProgram("Marginal", MonthBands, "Month"))
            .Order("""{ "id": "A", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 6000 }""")
            .Order("""{ "id": "B", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 5000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#A ann Direct 120.00", "#B ann Direct 110.00" }));
    }

    [Test]
    public void Period_ladder_measures_bands_in_paid_date_order_not_listed_order()
    {
        var result = ScenarioBuilder.Default()
            .Program(LadderProgram("WholeAmount", MonthBands, "Month"))
            .Order("""{ "id": "B", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 5000 }""")
            .Order("""{ "id": "A", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 6000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#A ann Direct 120.00", "#B ann Direct 210.00" }));
    }

    [Test]
    public void Period_ladder_starts_again_in_the_next_month()
    {
        var result = ScenarioBuilder.Default()
            .Program(LadderProgram("WholeAmount", MonthBands, "Month"))
            .Order("""{ "id": "A", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 6000 }""")
            .Order("""{ "id": "B", "paidAt": "2026-04-01T10:00:00Z", "subtotalExclTax": 5000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#A ann Direct 120.00", "#B ann Direct 100.00" }));
    }

    [Test]
    public void Period_ladder_quarter_window_adds_up_orders_of_the_whole_quarter()
    {
        var result = ScenarioBuilder.Default()
            .Program(LadderProgram("WholeAmount", MonthBands, "Quarter"))
            .Order("""{ "id": "A", "paidAt": "2026-01-15T10:00:00Z", "subtotalExclTax": 6000 }""")
            .Order("""{ "id": "B", "paidAt": "2026-03-31T23:00:00Z", "subtotalExclTax": 5000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#A ann Direct 120.00", "#B ann Direct 210.00" }));
    }

    [Test]
    public void Period_ladder_totals_are_kept_per_beneficiary()
    {
        var result = ScenarioBuilder.Default()
            .Staff("""{ "id": "bob" }""")
            .Client("""{ "id": "c2", "owners": [ { "staffId": "bob", "split": 100 } ] }""")
            .Program(LadderProgram("WholeAmount", MonthBands, "Month"))
            .Order("""{ "id": "A", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 6000 }""")
            .Order("""{ "id": "B", "clientId": "c2", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 5000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#A ann Direct 120.00", "#B bob Direct 100.00" }));
    }

    [Test]
    public void Ladder_function_of_the_worked_example_is_141_on_5525()
    {
        var ladder = new Ladder(LadderMode.Marginal, LadderWindow.PerOrder,
        [
            new LadderBand(0m, 3000m, 2m, null),
            new LadderBand(3000m, 5000m, 3m, null),
            new LadderBand(5000m, null, 4m, null)
        ]);

        Assert.That(LadderCalculator.Evaluate(ladder, 5525m), Is.EqualTo(141m));
    }
}
