using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>Rules §3.2.3 PercentPerProduct: product rule &gt; best category rule &gt; the program's default rate.</summary>
[TestFixture]
public sealed class PercentPerProductTests
{
    private static ScenarioBuilder ShoeShop() =>
        ScenarioBuilder.Default()
            .Product("""{ "id": "P7", "categories": ["Shoes"] }""")
            .Product("""{ "id": "P8", "categories": ["Shoes"] }""")
            .Product("""{ "id": "P9", "categories": ["Shoes", "Sale"] }""");

    [Test]
    public void PercentPerProduct_product_rule_beats_category_rule()
    {
        var result = ShoeShop()
            .Program("""
                { "id": "p1", "type": "PercentPerProduct", "defaultRate": 0,
                  "productRules": [ { "categoryId": "Shoes", "rate": 10 }, { "productId": "P7", "rate": 15 } ] }
                """)
            .Order("""
                { "subtotalExclTax": 300, "total": 360,
                  "items": [ { "productId": "P8", "quantity": 1, "priceExclTax": 200 },
                             { "productId": "P7", "quantity": 1, "priceExclTax": 100 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 35.00" }));
    }

    [Test]
    public void PercentPerProduct_among_several_category_rules_the_one_paying_most_wins()
    {
        var result = ShoeShop()
            .Program("""
                { "id": "p1", "type": "PercentPerProduct",
                  "productRules": [ { "categoryId": "Shoes", "rate": 10 }, { "categoryId": "Sale", "rate": 12 } ] }
                """)
            .Order("""
                { "subtotalExclTax": 100, "total": 120,
                  "items": [ { "productId": "P9", "quantity": 1, "priceExclTax": 100 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 12.00" }));
    }

    [Test]
    public void PercentPerProduct_lines_without_a_rule_pay_the_default_rate()
    {
        var result = ShoeShop()
            .Program("""
                { "id": "p1", "type": "PercentPerProduct", "defaultRate": 1,
                  "productRules": [ { "categoryId": "Shoes", "rate": 10 } ] }
                """)
            .Order("""
                { "subtotalExclTax": 300, "total": 360,
                  "items": [ { "productId": "P8", "quantity": 1, "priceExclTax": 100 },
                             { "productId": "P1", "quantity": 1, "priceExclTax": 200 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 12.00" }));
    }

    [Test]
    public void PercentPerProduct_fixed_per_unit_rule_pays_per_unit_sold()
    {
        var result = ShoeShop()
            .Program("""{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "productId": "P7", "fixedPerUnit": 2.5 } ] }""")
            .Order("""
                { "subtotalExclTax": 400, "total": 480,
                  "items": [ { "productId": "P7", "quantity": 4, "priceExclTax": 400 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 10.00" }));
    }
}
