using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Lines;

/// <summary>
/// Rules §3.2.6 ProductLadder: a ladder per product or category on line amounts; per order F(line amount), per period
/// F(cum + share) − F(cum) per (program, beneficiary, rule target, period); the rule found as in type 3.
/// </summary>
[TestFixture]
public sealed class ProductLadderTests
{
    private const string P7Bands = """[ { "from": 0, "rate": 2 }, { "from": 1000, "rate": 4 } ]""";

    /// <summary>P7 and P8 in Shoes, P9 in Socks; one program with the given ladders.</summary>
    private static ScenarioBuilder Shop(string ladders, string? defaultLadder = null, string basis = "NetSales") =>
        ScenarioBuilder.Default()
            .Product("""{ "id": "P7", "categories": ["Shoes"] }""")
            .Product("""{ "id": "P8", "categories": ["Shoes"] }""")
            .Product("""{ "id": "P9", "categories": ["Socks"] }""")
            .Program($$"""
                { "id": "p1", "type": "ProductLadder", "basis": "{{basis}}", "productLadders": {{ladders}}
                  {{(defaultLadder is null ? "" : $", \"defaultLadder\": {defaultLadder}")}} }
                """);

    private static string MonthLadder(string target, string bands = P7Bands, string mode = "Marginal") =>
        $$"""{ {{target}}, "ladder": { "mode": "{{mode}}", "window": "Month", "bands": {{bands}} } }""";

    private static string PerOrderLadder(string target, string bands = P7Bands) =>
        $$"""{ {{target}}, "ladder": { "mode": "Marginal", "window": "PerOrder", "bands": {{bands}} } }""";

    private static string Order(string id, string paidAt, params (string Product, decimal Value)[] lines) =>
        $$"""
        { "id": "{{id}}", "paidAt": "{{paidAt}}", "subtotalExclTax": {{lines.Sum(l => l.Value)}}, "total": {{lines.Sum(l => l.Value)}},
          "items": [ {{string.Join(", ", lines.Select(l => $$"""{ "productId": "{{l.Product}}", "quantity": 1, "priceExclTax": {{l.Value}} }"""))}} ] }
        """;

    [Test]
    public void ProductLadder_month_marginal_800_then_500_pays_16()
    {
        // 800 of P7 sold this month (F(800) = 16.00); a line of 500 → F(1300) − F(800) = (20 + 12) − 16 = 16.00.
        var result = Shop($"[ {MonthLadder("\"productId\": \"P7\"")} ]")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 800m)))
            .Order(Order("2", "2026-03-10T10:00:00Z", ("P7", 500m)))
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 16.00", "#2 ann Direct 16.00" }));
        Assert.That(result.Entries[1].Explanation(), Is.EqualTo(
            "ProductLadder: P7 (product P7, Marginal, Month 2026-03): total 800 → 1300: F(1300) − F(800) = (1000×2% + 300×4%) − (800×2%) " +
            "= 16.00 on NetSales 500.00 of order #2"));
    }

    [Test]
    public void ProductLadder_lines_of_one_order_count_in_line_order_800_and_500_pay_32()
    {
        // One order, two P7 lines: 800 → F(800) = 16; then 500 → F(1300) − F(800) = 16; one entry of 32.00.
        var result = Shop($"[ {MonthLadder("\"productId\": \"P7\"")} ]")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 800m), ("P7", 500m)))
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 32.00" }));
    }

    [Test]
    public void ProductLadder_period_totals_are_kept_per_rule_target_and_per_month()
    {
        // P7 has its own ladder, P8 falls under the Shoes ladder: 1200 of P8 does not raise P7's total.
        // Order 1: P8 1200 → Shoes F(1200) = 20 + 8 = 28.00. Order 2: P7 500 → P7 F(500) = 10.00.
        // Order 3 in April: P8 500 → a new month, F(500) = 10.00.
        var result = Shop($"[ {MonthLadder("\"productId\": \"P7\"")}, {MonthLadder("\"categoryId\": \"Shoes\"")} ]")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P8", 1200m)))
            .Order(Order("2", "2026-03-03T10:00:00Z", ("P7", 500m)))
            .Order(Order("3", "2026-04-01T10:00:00Z", ("P8", 500m)))
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 28.00", "#2 ann Direct 10.00", "#3 ann Direct 10.00" }));
    }

    [Test]
    public void ProductLadder_per_order_line_pays_F_of_the_line_1300_pays_32()
    {
        var result = Shop($"[ {PerOrderLadder("\"productId\": \"P7\"")} ]")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 1300m)))
            .Order(Order("2", "2026-03-03T10:00:00Z", ("P7", 1300m)))
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 32.00", "#2 ann Direct 32.00" }));
    }

    [Test]
    public void ProductLadder_per_order_pays_each_co_seller_split_of_the_sum_over_lines_16_each()
    {
        // F(1300) = 32 on the whole line; 50/50 → 16.00 each.
        var result = Shop($"[ {PerOrderLadder("\"productId\": \"P7\"")} ]")
            .Staff("""{ "id": "bob" }""")
            .Client("""{ "id": "c1", "owners": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 1300m)))
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 16.00", "bob Direct 16.00" }));
    }

    [Test]
    public void ProductLadder_period_co_sellers_each_add_their_share_650_pays_13_each()
    {
        // Month ladder, 50/50 on a line of 1300: each member's share 650 → F(650) = 13.00, and each total is 650.
        var result = Shop($"[ {MonthLadder("\"productId\": \"P7\"")} ]")
            .Staff("""{ "id": "bob" }""")
            .Client("""{ "id": "c1", "owners": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 1300m)))
            .Order(Order("2", "2026-03-03T10:00:00Z", ("P7", 700m)))
            .Run();

        // Order 2: each adds 350 → F(1000) − F(650) = 20 − 13 = 7.00.
        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[]
        {
            "#1 ann Direct 13.00", "#1 bob Direct 13.00", "#2 ann Direct 7.00", "#2 bob Direct 7.00"
        }));
    }

    [Test]
    public void ProductLadder_nearest_category_ladder_wins_over_its_parent()
    {
        // Trail (under Shoes) @1% flat beats Shoes' ladder for P8 in Trail: 1000 × 1% = 10.00.
        var result = Shop($"[ {PerOrderLadder("\"categoryId\": \"Shoes\"")}, {PerOrderLadder("\"categoryId\": \"Trail\"", """[ { "from": 0, "rate": 1 } ]""")} ]")
            .Category("""{ "id": "Shoes" }""")
            .Category("""{ "id": "Trail", "parentId": "Shoes" }""")
            .Product("""{ "id": "P8", "categories": ["Trail"] }""")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P8", 1000m)))
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 10.00" }));
    }

    [Test]
    public void ProductLadder_at_equal_distance_the_ladder_paying_most_on_the_line_read_per_order_wins()
    {
        // P10 is in Shoes and Sale. On a line of 1300 Shoes' ladder reads F(1300) = 32, Sale's 3% flat reads 39: Sale wins,
        // though on a month total Shoes' ladder might pay more later. 1300 × 3% = 39.00.
        var result = Shop($"[ {MonthLadder("\"categoryId\": \"Shoes\"")}, {MonthLadder("\"categoryId\": \"Sale\"", """[ { "from": 0, "rate": 3 } ]""")} ]")
            .Product("""{ "id": "P10", "categories": ["Shoes", "Sale"] }""")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P10", 1300m)))
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 39.00" }));
    }

    [Test]
    public void ProductLadder_equal_candidates_the_ladder_listed_first_keeps_the_total()
    {
        // Shoes and Sale pay the same on every line; Sale is listed first, so both orders add to Sale's total:
        // order 2 then reads F(1300) − F(800) = 16.00 (a fresh Shoes total would pay F(500) = 10.00).
        var result = Shop($"[ {MonthLadder("\"categoryId\": \"Sale\"")}, {MonthLadder("\"categoryId\": \"Shoes\"")} ]")
            .Product("""{ "id": "P10", "categories": ["Shoes", "Sale"] }""")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P10", 800m)))
            .Order(Order("2", "2026-03-03T10:00:00Z", ("P10", 500m)))
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 16.00", "#2 ann Direct 16.00" }));
        Assert.That(result.Entries[1].Explanation(), Does.StartWith("ProductLadder: P10 (category Sale, Marginal, Month 2026-03): total 800 → 1300"));
    }

    [Test]
    public void ProductLadder_lines_without_a_ladder_use_the_default_ladder_else_earn_nothing()
    {
        // P9 (Socks) has no ladder: with a default 1% ladder 500 → 5.00; P7's own ladder pays F(500) = 10.00.
        var withDefault = Shop($"[ {PerOrderLadder("\"productId\": \"P7\"")} ]",
                """{ "mode": "Marginal", "window": "PerOrder", "bands": [ { "from": 0, "rate": 1 } ] }""")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 500m), ("P9", 500m)))
            .Run();
        var withoutDefault = Shop($"[ {PerOrderLadder("\"productId\": \"P7\"")} ]")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 500m), ("P9", 500m)))
            .Run();

        Assert.That(withDefault.Lines(), Is.EqualTo(new[] { "ann Direct 15.00" }));
        Assert.That(withoutDefault.Lines(), Is.EqualTo(new[] { "ann Direct 10.00" }));
    }

    [Test]
    public void ProductLadder_order_whose_basis_is_0_adds_nothing_to_any_total()
    {
        // Margin basis. Order 1: P7 margin 100 but P9 at a loss of 400 → the order's margin 0: nothing paid, nothing added.
        // Order 2: P7 margin 1000 → F(1000) = 20.00 (had order 1 added 100 it would be F(1100) − F(100) = 22.00).
        var result = Shop($"[ {MonthLadder("\"productId\": \"P7\"")} ]", basis: "Margin")
            .Order("""
                { "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 1100, "total": 1100,
                  "items": [ { "productId": "P7", "quantity": 1, "priceExclTax": 1000, "unitCost": 900 },
                             { "productId": "P9", "quantity": 1, "priceExclTax": 100, "unitCost": 500 } ] }
                """)
            .Order(Order("2", "2026-03-03T10:00:00Z", ("P7", 1000m)))
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#2 ann Direct 20.00" }));
    }

    [Test]
    public void ProductLadder_order_paid_by_another_program_does_not_count_toward_its_period_total()
    {
        // Rules §9.6: "bonus" (priority 10, valid to 2026-03-05) pays order 1 instead of p1, so p1's P7 total stays 0;
        // order 2 pays F(500) = 10.00, not F(1300) − F(800) = 16.00.
        var result = Shop($"[ {MonthLadder("\"productId\": \"P7\"")} ]")
            .Program("""{ "id": "bonus", "type": "PercentOfOrder", "rate": 1, "priority": 10, "validTo": "2026-03-05" }""")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 800m)))
            .Order(Order("2", "2026-03-10T10:00:00Z", ("P7", 500m)))
            .Run();

        Assert.That(result.ProgramLines(), Is.EqualTo(new[] { "ann bonus 8.00", "ann p1 10.00" }));
    }

    [Test]
    public void ProductLadder_gift_card_and_excluded_lines_add_nothing_to_a_total()
    {
        // The default ladder covers every line; G1 (gift card) and P9 (excluded) earn nothing and add nothing:
        // order 1 pays F(800) = 16.00 for P7; order 2 P7 500 → F(1300) − F(800) = 16.00.
        var result = ScenarioBuilder.Default()
            .Product("""{ "id": "P7" }""")
            .Product("""{ "id": "P9" }""")
            .Product("""{ "id": "G1", "giftCard": true }""")
            .Program($$"""
                { "id": "p1", "type": "ProductLadder", "exclude": { "products": ["P9"] },
                  "defaultLadder": { "mode": "Marginal", "window": "Month", "bands": {{P7Bands}} } }
                """)
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 800m), ("G1", 5000m), ("P9", 5000m)))
            .Order(Order("2", "2026-03-03T10:00:00Z", ("P7", 500m)))
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 16.00", "#2 ann Direct 16.00" }));
        Assert.That(result.Entries[0].Base, Is.EqualTo(800.00m));
    }

    [Test]
    public void ProductLadder_plan_needs_and_adds_the_period_total_of_each_rule_target()
    {
        var scenario = Shop($"[ {MonthLadder("\"productId\": \"P7\"")}, {MonthLadder("\"categoryId\": \"Shoes\"")}, {PerOrderLadder("\"productId\": \"P9\"")} ]")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 800m), ("P8", 300m), ("P8", 200m), ("P9", 100m)))
            .Read().Scenario!;
        var order = scenario.Orders.Single();
        var march = new DateOnly(2026, 3, 1);
        var p7 = new PeriodKey("p1", BeneficiaryType.Staff, "ann", march, "product:P7");
        var shoes = new PeriodKey("p1", BeneficiaryType.Staff, "ann", march, "category:Shoes");

        var needs = PaidOrderPlanner.Needs(scenario.Setup, order);
        var plan = PaidOrderPlanner.Plan(scenario.Setup, order, 1, _ => 0m);

        Assert.That(needs.PeriodKeys, Is.EquivalentTo(new[] { p7, shoes }));
        Assert.That(plan.Contributions.Select(c => (c.Key, c.Amount)), Is.EqualTo(new[] { (p7, 800m), (shoes, 500m) }));
    }

    [Test]
    public void ProductLadder_last_band_to_caps_the_line_amount_1500_counts_as_1200_pays_28()
    {
        // Rules §3.4 through the shared ladder reader: 0–1000 @2%, 1000–1200 @4% (to 1200); a line of 1500 → F(1200) = 20 + 8 = 28.00.
        var result = Shop($"[ {PerOrderLadder("\"productId\": \"P7\"", """[ { "from": 0, "rate": 2 }, { "from": 1000, "to": 1200, "rate": 4 } ]""")} ]")
            .Order(Order("1", "2026-03-02T10:00:00Z", ("P7", 1500m)))
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 28.00" }));
    }

    [Test]
    public void Sample_category_tree_product_ladder_pays_the_hand_checked_amounts()
    {
        // Order 5002: NetSales 4085 = 0.95 of the lines. Nora 60%: NB-14 855 → share 513 on Notebooks' month total 800:
        // F(1313) − F(800) = 16.52; NB-GX 2280 → 1368 × 3% = 41.04; DT-1 (Desktops, under Computers) 760 × 1% × 60% = 4.56;
        // MOUSE (default) 190 × 5% × 60% = 5.70; 67.82. Order 5003: the refurbished notebook and the gift cards are left out.
        var json = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", "category-tree-product-ladder.json"));

        var result = ScenarioBuilder.RunDocument(json);

        Assert.That(result.Entries.Where(e => e.Kind == EntryKind.Direct).Select(e => $"#{e.OrderId} {e.BeneficiaryId} {e.Base:0.00} {e.Amount:0.00}"), Is.EqualTo(new[]
        {
            "#5001 nora 800.00 16.00", "#5002 nora 2451.00 67.82", "#5002 kai 1634.00 41.04", "#5002 techblog 3895.00 116.85",
            "#5003 kai 2600.00 78.00", "#5003 techblog 3100.00 93.00", "#5004 nora 700.00 14.00"
        }));
    }
}
