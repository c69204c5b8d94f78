using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>Rules §3.2.5 PerQuantity: quantity bands per product, category or every product; the most specific level decides.</summary>
[TestFixture]
public sealed class PerQuantityTests
{
    private static ScenarioBuilder Shop() =>
        ScenarioBuilder.Default()
            .Product("""{ "id": "P3", "categories": ["Tools"] }""")
            .Product("""{ "id": "P4", "categories": ["Tools"] }""");

    private static string Line(string productId, int quantity, decimal value) =>
        new JsonObject
        {
            ["subtotalExclTax"] = value,
            ["total"] = value,
            ["items"] = new JsonArray(new JsonObject { ["productId"] = productId, ["quantity"] = quantity, ["priceExclTax"] = value })
        }.ToJsonString();

    [Test]
    public void PerQuantity_pays_per_unit_by_the_band_containing_the_line_quantity()
    {
        var result = Shop()
            .Program("""
                { "id": "p1", "type": "PerQuantity", "quantityRules": [
                    { "productId": "P3", "minQty": 1, "maxQty": 9, "perUnit": 1.00 },
                    { "productId": "P3", "minQty": 10, "perUnit": 1.50 } ] }
                """)
            .Order(Line("P3", 12, 240m))
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 18.00" }));
    }

    [Test]
    public void PerQuantity_per_line_rule_pays_once_per_line()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "minQty": 1, "perLine": 5 } ] }""")
            .Order(Line("P3", 12, 240m))
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 5.00" }));
    }

    [Test]
    public void PerQuantity_rate_rule_pays_a_percentage_of_the_line_amount()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "categoryId": "Tools", "minQty": 1, "rate": 10 } ] }""")
            .Order(Line("P4", 3, 240m))
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 24.00" }));
    }

    [Test]
    public void PerQuantity_most_specific_level_decides_even_when_its_bands_miss_the_quantity()
    {
        var result = Shop()
            .Program("""
                { "id": "p1", "type": "PerQuantity", "quantityRules": [
                    { "productId": "P3", "minQty": 1, "maxQty": 9, "perUnit": 1 },
                    { "minQty": 1, "perUnit": 5 } ] }
                """)
            .Order(Line("P3", 12, 240m))
            .Run();

        Assert.That(result.Lines(), Is.Empty);
    }

    [Test]
    public void PerQuantity_category_rules_come_before_blank_rules()
    {
        var result = Shop()
            .Program("""
                { "id": "p1", "type": "PerQuantity", "quantityRules": [
                    { "minQty": 1, "perUnit": 5 },
                    { "categoryId": "Tools", "minQty": 1, "perUnit": 2 } ] }
                """)
            .Order(Line("P4", 3, 240m))
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 6.00" }));
    }

    [Test]
    public void PerQuantity_blank_rules_cover_every_product()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "minQty": 1, "perUnit": 0.5 } ] }""")
            .Order(Line("P1", 7, 70m))
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 3.50" }));
    }
}
