using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Lines;

/// <summary>
/// Rules §3.2.3 and §3.2.5 category trees: a category rule reaches its subcategories' products; the nearest category
/// wins (own, then parent, then grandparent; several paths: the shortest); at the same distance the rule paying most.
/// </summary>
[TestFixture]
public sealed class CategoryTreeTests
{
    /// <summary>Computers ⊃ Notebooks ⊃ Ultrabooks, Computers ⊃ Desktops, Computers ⊃ Clearance; one product in each.</summary>
    private static ScenarioBuilder ComputerShop(string program) =>
        ScenarioBuilder.Default()
            .Category("""{ "id": "Computers" }""")
            .Category("""{ "id": "Notebooks", "parentId": "Computers" }""")
            .Category("""{ "id": "Ultrabooks", "parentId": "Notebooks" }""")
            .Category("""{ "id": "Desktops", "parentId": "Computers" }""")
            .Category("""{ "id": "Clearance", "parentId": "Computers" }""")
            .Product("""{ "id": "NB", "categories": ["Notebooks"] }""")
            .Product("""{ "id": "DT", "categories": ["Desktops"] }""")
            .Product("""{ "id": "UB", "categories": ["Ultrabooks", "Clearance"] }""")
            .Program(program);

    private static string OneLine(string productId, int quantity = 1, decimal value = 1000m) =>
        $$"""{ "subtotalExclTax": {{value}}, "total": {{value}}, "items": [ { "productId": "{{productId}}", "quantity": {{quantity}}, "priceExclTax": {{value}} } ] }""";

    private const string Computers3Notebooks5 =
        """{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "categoryId": "Computers", "rate": 3 }, { "categoryId": "Notebooks", "rate": 5 } ] }""";

    [Test]
    public void Category_rule_reaches_subcategories_notebook_50_desktop_30()
    {
        var notebook = ComputerShop(Computers3Notebooks5).Order(OneLine("NB")).Run();
        var desktop = ComputerShop(Computers3Notebooks5).Order(OneLine("DT")).Run();

        Assert.That(notebook.Lines(), Is.EqualTo(new[] { "ann Direct 50.00" }));
        Assert.That(desktop.Lines(), Is.EqualTo(new[] { "ann Direct 30.00" }));
    }

    [Test]
    public void Nearest_category_beats_a_parent_that_pays_more_50()
    {
        // Notebooks @5% is nearer than Computers @10%: 1000 × 5% = 50.00.
        var result = ComputerShop("""{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "categoryId": "Computers", "rate": 10 }, { "categoryId": "Notebooks", "rate": 5 } ] }""")
            .Order(OneLine("NB")).Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 50.00" }));
    }

    [Test]
    public void Grandparent_rule_reaches_a_grandchild_when_nothing_nearer_has_a_rule_30()
    {
        var result = ComputerShop("""{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "categoryId": "Computers", "rate": 3 } ] }""")
            .Order(OneLine("UB")).Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 30.00" }));
    }

    [Test]
    public void Category_reached_by_several_paths_is_at_its_shortest_distance_80()
    {
        // UB is in Ultrabooks and Clearance. Computers is 2 up through Ultrabooks but 1 up through Clearance, so it
        // stands at distance 1 with Notebooks; the one paying most on the line wins: 1000 × 8% = 80.00.
        var result = ComputerShop("""{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "categoryId": "Computers", "rate": 8 }, { "categoryId": "Notebooks", "rate": 5 } ] }""")
            .Order(OneLine("UB")).Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 80.00" }));
    }

    [Test]
    public void Product_rule_beats_every_category_rule_20()
    {
        var result = ComputerShop("""{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "categoryId": "Notebooks", "rate": 5 }, { "productId": "NB", "rate": 2 } ] }""")
            .Order(OneLine("NB")).Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 20.00" }));
    }

    [Test]
    public void Quantity_rule_of_a_parent_category_reaches_a_subcategory_3_units_pay_3()
    {
        var result = ComputerShop("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "categoryId": "Computers", "minQty": 1, "perUnit": 1 } ] }""")
            .Order(OneLine("DT", quantity: 3)).Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 3.00" }));
    }

    private const string QuantityRulesOnTwoLevels = """
        { "id": "p1", "type": "PerQuantity",
          "quantityRules": [ { "categoryId": "Computers", "minQty": 1, "perUnit": 1 },
                             { "categoryId": "Notebooks", "minQty": 10, "perUnit": 2 },
                             { "minQty": 1, "perLine": 50 } ] }
        """;

    [Test]
    public void Nearest_category_with_quantity_rules_decides_12_units_pay_24()
    {
        var result = ComputerShop(QuantityRulesOnTwoLevels).Order(OneLine("NB", quantity: 12)).Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 24.00" }));
    }

    [Test]
    public void Nearest_category_with_quantity_rules_but_no_band_for_the_quantity_earns_nothing()
    {
        // Notebooks has quantity rules, none for 3 units: farther categories and blank rules are not tried.
        var result = ComputerShop(QuantityRulesOnTwoLevels).Order(OneLine("NB", quantity: 3)).Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Tree_reach_lists_own_categories_then_ancestors_each_at_its_shortest_distance()
    {
        var tree = new CategoryTree([
            new Category("Computers", null), new Category("Notebooks", "Computers"), new Category("Ultrabooks", "Notebooks"),
            new Category("Clearance", "Computers")
        ]);

        Assert.That(tree.Reach(["Ultrabooks", "Clearance"]), Is.EqualTo(new[]
        {
            new CategoryDistance("Ultrabooks", 0), new CategoryDistance("Clearance", 0),
            new CategoryDistance("Notebooks", 1), new CategoryDistance("Computers", 1)
        }));
    }

    [Test]
    public void Tree_reach_stops_at_a_cycle_in_stored_data()
    {
        var tree = new CategoryTree([new Category("A", "B"), new Category("B", "A")]);

        Assert.That(tree.Reach(["A"]), Is.EqualTo(new[] { new CategoryDistance("A", 0), new CategoryDistance("B", 1) }));
    }

    [Test]
    public void Rule_index_returns_only_the_rules_of_the_nearest_categories_that_have_rules()
    {
        var computers = new QuantityRule(null, "Computers", 1, null, 1m, null, null);
        var notebooks = new QuantityRule(null, "Notebooks", 1, null, 2m, null, null);
        var clearance = new QuantityRule(null, "Clearance", 1, null, 3m, null, null);
        var index = new RuleIndex<QuantityRule>([computers, notebooks, clearance], r => r.ProductId, r => r.CategoryId);

        var rules = index.MostSpecific("UB", [new CategoryDistance("Ultrabooks", 0), new CategoryDistance("Notebooks", 1),
            new CategoryDistance("Clearance", 1), new CategoryDistance("Computers", 2)]);

        Assert.That(rules, Is.EqualTo(new[] { notebooks, clearance }));
    }
}
