using Nop.Plugin.Misc.SalesCommission.Engine;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Rounding;

/// <summary>Rules §4: each entry is rounded once, to 2 decimals, away from zero; explanations keep the unrounded figures.</summary>
[TestFixture]
public sealed class MoneyRoundingTests
{
    [Test]
    public void Entry_of_a_half_cent_result_rounds_away_from_zero()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 2.5 }""")
            .Order("""{ "subtotalExclTax": 5, "total": 5 }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 0.13" }));
    }

    [TestCase("0.125", "0.13")]
    [TestCase("-0.125", "-0.13")]
    [TestCase("2.675", "2.68")]
    [TestCase("0.0049", "0.00")]
    [TestCase("-2.345", "-2.35")]
    public void Money_rounds_to_the_cent_away_from_zero(decimal exact, decimal rounded)
    {
        Assert.That(Money.Round(exact), Is.EqualTo(rounded));
    }

    [Test]
    public void Money_rounding_always_keeps_two_decimals()
    {
        Assert.That(Money.Round(25m).ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("25.00"));
    }

    [Test]
    public void Entry_explanation_keeps_the_unrounded_figure()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 2.5 }""")
            .Order("""{ "subtotalExclTax": 5, "total": 5 }""")
            .Run();

        Assert.That(result.Entries.Single().Explanation(), Does.Contain("0.125"));
    }

    [Test]
    public void Entry_explanation_is_the_one_line_derivation_of_the_rules_page()
    {
        var result = ScenarioBuilder.Default()
            .Program("""
                { "id": "p1", "type": "Ladder", "ladder": { "mode": "Marginal",
                  "bands": [ { "from": 0, "rate": 2 }, { "from": 3000, "rate": 3 }, { "from": 5000, "rate": 4 } ] } }
                """)
            .Order("""{ "subtotalExclTax": 5525 }""")
            .Run();

        Assert.That(result.Entries.Single().Explanation(),
            Is.EqualTo("Ladder (Marginal): 3000×2% + 2000×3% + 525×4% = 141.00 on NetSales 5525.00 of order #1042"));
    }
}
