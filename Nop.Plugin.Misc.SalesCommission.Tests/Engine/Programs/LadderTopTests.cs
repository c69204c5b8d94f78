using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>
/// Rules §3.4 ladder top: a ladder's last band may carry <c>to</c>; at or above it the base counts as <c>to</c>, so the
/// base above it earns nothing more, in Marginal and WholeAmount mode, per order and — on the cumulative total — per period.
/// </summary>
[TestFixture]
public sealed class LadderTopTests
{
    /// <summary>The page's bands 0–3000 @2%, 3000–5000 @3%, 5000+ @4%, topped at 8000.</summary>
    private const string BandsToppedAt8000 =
        """[ { "from": 0, "rate": 2 }, { "from": 3000, "rate": 3 }, { "from": 5000, "to": 8000, "rate": 4 } ]""";

    /// <summary>The page's month bands 0–10000 @2%, 10000+ @3%, topped at 12000.</summary>
    private const string MonthBandsToppedAt12000 = """[ { "from": 0, "rate": 2 }, { "from": 10000, "to": 12000, "rate": 3 } ]""";

    private static string LadderProgram(string mode, string bands, string window = "PerOrder") =>
        $$"""{ "id": "p1", "type": "Ladder", "ladder": { "mode": "{{mode}}", "window": "{{window}}", "bands": {{bands}} } }""";

    private static ScenarioBuilder OneOrder(string program, decimal netSales) =>
        ScenarioBuilder.Default()
            .Program(program)
            .Order($$"""{ "subtotalExclTax": {{netSales.ToString(CultureInfo.InvariantCulture)}} }""");

    /// <summary>Four March orders of 6000, 5000, 5000 and 1000 under a Month ladder.</summary>
    private static ScenarioBuilder FourMonthOrders(string program) =>
        ScenarioBuilder.Default()
            .Program(program)
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 6000, "total": 6000 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-05T10:00:00Z", "subtotalExclTax": 5000, "total": 5000 }""")
            .Order("""{ "id": "3", "paidAt": "2026-03-09T10:00:00Z", "subtotalExclTax": 5000, "total": 5000 }""")
            .Order("""{ "id": "4", "paidAt": "2026-03-20T10:00:00Z", "subtotalExclTax": 1000, "total": 1000 }""");

    [Test]
    public void Marginal_ladder_topped_at_8000_pays_a_base_of_9000_as_8000_60_plus_60_plus_120_is_240()
    {
        Assert.That(OneOrder(LadderProgram("Marginal", BandsToppedAt8000), 9000m).Run().Lines(), Is.EqualTo(new[] { "ann Direct 240.00" }));
    }

    [Test]
    public void Marginal_ladder_topped_at_8000_pays_a_base_below_the_top_as_before_5525_is_141()
    {
        Assert.That(OneOrder(LadderProgram("Marginal", BandsToppedAt8000), 5525m).Run().Lines(), Is.EqualTo(new[] { "ann Direct 141.00" }));
    }

    [Test]
    public void WholeAmount_ladder_topped_at_8000_pays_a_base_of_9000_as_8000_at_4_percent_is_320()
    {
        Assert.That(OneOrder(LadderProgram("WholeAmount", BandsToppedAt8000), 9000m).Run().Lines(), Is.EqualTo(new[] { "ann Direct 320.00" }));
    }

    [Test]
    public void WholeAmount_ladder_pays_a_base_just_at_the_top_8000_at_4_percent_is_320()
    {
        Assert.That(OneOrder(LadderProgram("WholeAmount", BandsToppedAt8000), 8000m).Run().Lines(), Is.EqualTo(new[] { "ann Direct 320.00" }));
    }

    [Test]
    public void Marginal_fixed_top_band_is_reached_once_above_its_top_0_500_1000_to_1500_on_1700_is_9()
    {
        const string bands = """[ { "from": 0, "fixed": 2 }, { "from": 500, "fixed": 3 }, { "from": 1000, "to": 1500, "fixed": 4 } ]""";

        Assert.That(OneOrder(LadderProgram("Marginal", bands), 1700m).Run().Lines(), Is.EqualTo(new[] { "ann Direct 9.00" }));
    }

    [Test]
    public void Ladder_top_cut_is_explained()
    {
        var entry = OneOrder(LadderProgram("Marginal", BandsToppedAt8000), 9000m).Run().Entries.Single();

        Assert.That(entry.Explanation(), Is.EqualTo(
            "Ladder (Marginal): base 9000 (counts as 8000, the ladder's top): 3000×2% + 2000×3% + 3000×4% = 240.00 " +
            "on NetSales 9000.00 of order #1042"));
    }

    [Test]
    public void Month_Marginal_ladder_topped_at_12000_cuts_the_period_total_6000_5000_5000_1000_pay_120_110_30_and_nothing()
    {
        // F(6000) = 120; F(11000) − F(6000) = 230 − 120 = 110; F(16000 → 12000) − F(11000) = 260 − 230 = 30; then nothing.
        var result = FourMonthOrders(LadderProgram("Marginal", MonthBandsToppedAt12000, "Month")).Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 120.00", "#2 ann Direct 110.00", "#3 ann Direct 30.00" }));
    }

    [Test]
    public void Month_WholeAmount_ladder_topped_at_12000_cuts_the_period_total_6000_5000_5000_1000_pay_120_210_30_and_nothing()
    {
        // The page's example (120.00, then 330 − 120 = 210.00), then F(16000 → 12000) − F(11000) = 360 − 330 = 30.00; then nothing.
        var result = FourMonthOrders(LadderProgram("WholeAmount", MonthBandsToppedAt12000, "Month")).Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 120.00", "#2 ann Direct 210.00", "#3 ann Direct 30.00" }));
    }

    [Test]
    public void Period_ladder_top_cut_is_explained()
    {
        var entry = FourMonthOrders(LadderProgram("WholeAmount", MonthBandsToppedAt12000, "Month")).Run().Entries.Single(e => e.OrderId == "3");

        Assert.That(entry.Explanation(), Is.EqualTo(
            "Ladder (WholeAmount, Month 2026-03): period total 11000 → 16000 (counts as 12000, the ladder's top): " +
            "F(16000) − F(11000) = (12000×3%) − (11000×3%) = 30.00 on NetSales 5000.00 of order #3"));
    }

    [Test]
    public void Evaluate_counts_any_amount_at_or_above_the_top_as_the_top()
    {
        var ladder = new Ladder(LadderMode.WholeAmount, LadderWindow.PerOrder,
            [new LadderBand(0m, 3000m, 2m, null), new LadderBand(3000m, 5000m, 3m, null), new LadderBand(5000m, 8000m, 4m, null)]);

        Assert.That(new[] { 8000m, 9000m, 1_000_000m }.Select(amount => LadderCalculator.Evaluate(ladder, amount)),
            Is.EqualTo(new[] { 320m, 320m, 320m }));
    }

    [Test]
    public void Order_above_the_top_still_adds_its_whole_base_to_the_period_total()
    {
        // The total is cut only where the ladder reads it: after 16000 of March the period total is 16000, so order 4 earns
        // F(17000 → 12000) − F(16000 → 12000) = 0 and writes nothing.
        var result = FourMonthOrders(LadderProgram("Marginal", MonthBandsToppedAt12000, "Month")).Run();

        Assert.That(result.Amounts("ann", EntryKind.Direct).Sum(), Is.EqualTo(260.00m));
    }
}
