using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Lines;

/// <summary>
/// Rules §3.1 "Lines that are not sales": gift card lines (unless giftCardsEarn) and a program's excluded products and
/// categories are left out of the basis; the basis keeps NetSales × Σ kept values ÷ Σ values; attainment leaves out
/// gift cards only.
/// </summary>
[TestFixture]
public sealed class LinesNotSalesTests
{
    /// <summary>Shoes S1 and gift card G1; the worked example's order: NetSales 450 of lines 400 (shoes) and 100 (gift card).</summary>
    private static ScenarioBuilder ShoesAndGiftCard(string program = """{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""") =>
        ScenarioBuilder.Default()
            .Product("""{ "id": "S1", "categories": ["Shoes"] }""")
            .Product("""{ "id": "G1", "giftCard": true }""")
            .Program(program)
            .Order("""
                { "subtotalExclTax": 500, "orderDiscount": 50, "total": 540,
                  "items": [ { "productId": "S1", "quantity": 1, "priceExclTax": 400, "unitCost": 100 },
                             { "productId": "G1", "quantity": 1, "priceExclTax": 100, "unitCost": 100 } ] }
                """);

    [Test]
    public void Gift_card_line_is_left_out_of_the_basis_360()
    {
        // Kept NetSales 450 × 400/500 = 360.00; at 5% → 18.00.
        var entry = ShoesAndGiftCard().Run().Entries.Single();

        Assert.That((entry.Base, entry.Amount), Is.EqualTo((360.00m, 18.00m)));
        Assert.That(entry.Explanation(), Is.EqualTo("PercentOfOrder: 360.00 × 5% = 18.00 on NetSales 360.00 of order #1042 (left out: G1 gift card)"));
    }

    [Test]
    public void Gift_cards_earn_when_giftCardsEarn_is_on_22_50()
    {
        // The whole NetSales 450 × 5% = 22.50.
        var entry = ShoesAndGiftCard().GiftCardsEarn(true).Run().Entries.Single();

        Assert.That((entry.Base, entry.Amount), Is.EqualTo((450.00m, 22.50m)));
    }

    [Test]
    public void Gift_card_line_earns_nothing_under_a_per_line_type_and_kept_lines_keep_the_order_factor_36()
    {
        // Shoes line 400 × 450/500 = 360 @10% = 36.00; the gift card line (90 after the factor) earns nothing.
        var entry = ShoesAndGiftCard("""{ "id": "p1", "type": "PercentPerProduct", "defaultRate": 10 }""").Run().Entries.Single();

        Assert.That((entry.Base, entry.Amount), Is.EqualTo((360.00m, 36.00m)));
    }

    [Test]
    public void Margin_with_a_left_out_line_is_kept_NetSales_less_kept_cost_260_pays_26()
    {
        // Kept NetSales 360 − shoes cost 100 = 260 (the gift card's cost 100 is left out too); at 10% → 26.00.
        var entry = ShoesAndGiftCard("""{ "id": "p1", "type": "PercentOfOrder", "basis": "Margin", "rate": 10 }""").Run().Entries.Single();

        Assert.That((entry.Base, entry.Amount), Is.EqualTo((260.00m, 26.00m)));
    }

    [Test]
    public void OrderTotal_with_a_left_out_line_keeps_its_share_432_pays_21_60()
    {
        // OrderTotal 540 × 400/500 = 432; at 5% → 21.60.
        var entry = ShoesAndGiftCard("""{ "id": "p1", "type": "PercentOfOrder", "basis": "OrderTotal", "rate": 5 }""").Run().Entries.Single();

        Assert.That((entry.Base, entry.Amount), Is.EqualTo((432.00m, 21.60m)));
    }

    [Test]
    public void Order_of_gift_cards_only_earns_nothing_not_even_a_fixed_amount()
    {
        var result = ScenarioBuilder.Default()
            .Product("""{ "id": "G1", "giftCard": true }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "fixed": 10 }""")
            .Order("""{ "subtotalExclTax": 100, "total": 100, "items": [ { "productId": "G1", "quantity": 1, "priceExclTax": 100 } ] }""")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Order_of_gift_cards_only_still_counts_among_the_clients_first_orders_second_order_pays_6()
    {
        // First order (gift cards only) earns nothing but is the first; the second of 300 pays the regular 2% → 6.00.
        var result = ScenarioBuilder.Default()
            .Product("""{ "id": "G1", "giftCard": true }""")
            .Program("""{ "id": "p1", "type": "FirstOrder", "firstOrder": { "count": 1, "rate": 10 }, "rate": 2 }""")
            .Order("""{ "id": "1", "paidAt": "2026-03-02", "subtotalExclTax": 300, "total": 300, "items": [ { "productId": "G1", "quantity": 1, "priceExclTax": 300 } ] }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-03", "subtotalExclTax": 300, "total": 300 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#2 ann Direct 6.00" }));
    }

    [Test]
    public void Exclusion_belongs_to_its_program_other_programs_keep_the_line_36()
    {
        // Stacking All. p1 excludes S1 and the gift card is left out anyway: nothing kept, no entry. p2 keeps S1: 360 @10% → 36.00.
        var result = ShoesAndGiftCard("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "exclude": { "products": ["S1"] } }""")
            .Stacking("All")
            .Program("""{ "id": "p2", "type": "PercentOfOrder", "rate": 10 }""")
            .Run();

        Assert.That(result.ProgramLines(), Is.EqualTo(new[] { "ann p2 36.00" }));
    }

    [Test]
    public void Excluded_product_leaves_the_rest_of_the_order_in_the_basis_90()
    {
        // Gift cards earn here; p1 excludes S1: kept NetSales 450 × 100/500 = 90 @10% → 9.00.
        var entry = ShoesAndGiftCard("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "exclude": { "products": ["S1"] } }""")
            .GiftCardsEarn(true)
            .Run().Entries.Single();

        Assert.That((entry.Base, entry.Amount), Is.EqualTo((90.00m, 9.00m)));
        Assert.That(entry.Explanation(), Does.EndWith("of order #1042 (left out: S1 excluded)"));
    }

    [Test]
    public void Excluded_category_leaves_out_its_subcategories_notebook_out_mouse_in_50()
    {
        // Computers excluded; Notebooks is under Computers. Notebook 1000 out, mouse 500 in: 1500 × 500/1500 = 500 @10% → 50.00.
        var result = ScenarioBuilder.Default()
            .Category("""{ "id": "Computers" }""")
            .Category("""{ "id": "Notebooks", "parentId": "Computers" }""")
            .Product("""{ "id": "N1", "categories": ["Notebooks"] }""")
            .Product("""{ "id": "M1", "categories": ["Accessories"] }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "exclude": { "categories": ["Computers"] } }""")
            .Order("""
                { "subtotalExclTax": 1500, "total": 1500,
                  "items": [ { "productId": "N1", "quantity": 1, "priceExclTax": 1000 }, { "productId": "M1", "quantity": 1, "priceExclTax": 500 } ] }
                """)
            .Run();

        Assert.That(result.Entries.Single().Amount, Is.EqualTo(50.00m));
        Assert.That(result.Entries.Single().Explanation(), Does.EndWith("(left out: N1 excluded with Computers)"));
    }

    [Test]
    public void Every_line_left_out_earns_nothing()
    {
        var result = ShoesAndGiftCard("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "exclude": { "categories": ["Shoes"] } }""").Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Entry_base_is_the_members_share_of_the_kept_basis_180()
    {
        // Kept 360 split 50/50: base 180.00 each, 5% → 9.00 each.
        var result = ShoesAndGiftCard()
            .Staff("""{ "id": "bob" }""")
            .Client("""{ "id": "c1", "owners": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Run();

        Assert.That(result.Entries.Select(e => (e.BeneficiaryId, e.Base, e.Amount)),
            Is.EqualTo(new[] { ("ann", 180.00m, 9.00m), ("bob", 180.00m, 9.00m) }));
    }

    [Test]
    public void Gift_card_lines_are_left_out_of_attainment_but_an_exclusion_is_not_360()
    {
        // Attainment NetSales leaves out the gift card (450 × 400/500 = 360) whatever the program excludes.
        var scenario = ShoesAndGiftCard("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "exclude": { "products": ["S1"] } }""").Read().Scenario!;

        var sale = CreditedSale.Of(scenario.Orders.Single(), scenario.Setup).Single();

        Assert.That(sale.NetSales, Is.EqualTo(360m));
    }

    [Test]
    public void Gift_card_lines_are_left_out_of_the_accelerator_before_and_base_50_then_150()
    {
        // Target 1000, threshold 100%, factor 2, rate 10%. Order 1: shoes 500 + gift card 1000 → attainment 500, below
        // the threshold → 50.00. Order 2: shoes 1000, before 500 → 500 of 1000 above → 100 + 1 × 100 × 500/1000 = 150.00.
        var result = ScenarioBuilder.Default()
            .Product("""{ "id": "S1" }""")
            .Product("""{ "id": "G1", "giftCard": true }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "accelerator": { "thresholdPercent": 100, "factor": 2 } }""")
            .Target("""{ "staffId": "ann", "window": "Month", "startDate": "2026-03-01", "amount": 1000 }""")
            .Order("""
                { "id": "1", "paidAt": "2026-03-02", "subtotalExclTax": 1500, "total": 1500,
                  "items": [ { "productId": "S1", "quantity": 1, "priceExclTax": 500 }, { "productId": "G1", "quantity": 1, "priceExclTax": 1000 } ] }
                """)
            .Order("""{ "id": "2", "paidAt": "2026-03-03", "subtotalExclTax": 1000, "total": 1000, "items": [ { "productId": "S1", "quantity": 1, "priceExclTax": 1000 } ] }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 50.00", "#2 ann Direct 150.00" }));
    }

    [Test]
    public void Order_without_left_out_lines_keeps_its_NetSales_even_when_its_lines_are_worth_0()
    {
        // Nothing left out: the basis is the order's NetSales 500 as before (5% → 25.00), not a share of Σ line values.
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Order("""{ "items": [ { "productId": "P1", "quantity": 1, "priceExclTax": 0 } ] }""")
            .Run();

        Assert.That(result.Entries.Single().Amount, Is.EqualTo(25.00m));
    }

    [Test]
    public void Left_out_lines_with_line_values_of_0_leave_a_basis_of_0()
    {
        // Σ PriceExclTax = 0 with a left-out line: the kept share is 0, nothing earned.
        var result = ScenarioBuilder.Default()
            .Product("""{ "id": "G1", "giftCard": true }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Order("""{ "items": [ { "productId": "P1", "quantity": 1, "priceExclTax": 0 }, { "productId": "G1", "quantity": 1, "priceExclTax": 0 } ] }""")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Gift_card_line_earns_nothing_even_under_a_per_line_quantity_rule_5()
    {
        // A blank rule pays 5 per line; the shoes line earns 5.00, the gift card line nothing (§9.1: its amount is 0).
        var entry = ShoesAndGiftCard("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "minQty": 1, "perLine": 5 } ] }""").Run().Entries.Single();

        Assert.That(entry.Amount, Is.EqualTo(5.00m));
    }
}
