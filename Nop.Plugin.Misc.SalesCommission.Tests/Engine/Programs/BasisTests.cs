using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>Rules §3.1: the amount a rate applies to — NetSales, OrderTotal or Margin, and per-line shares of it.</summary>
[TestFixture]
public sealed class BasisTests
{
    private static string Program(string basis, int rate = 10) =>
        $$"""{ "id": "p1", "type": "PercentOfOrder", "basis": "{{basis}}", "rate": {{rate}} }""";

    [Test]
    public void NetSales_is_the_subtotal_less_both_discounts_without_tax_or_shipping()
    {
        var result = ScenarioBuilder.Default()
            .Program(Program("NetSales"))
            .Order("""{ "subtotalExclTax": 1000, "subtotalDiscountExclTax": 100, "orderDiscount": 50, "total": 1100 }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 85.00" }));
    }

    [Test]
    public void NetSales_is_the_default_basis()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10 }""")
            .Order("""{ "subtotalExclTax": 1000, "orderDiscount": 50, "total": 1100 }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 95.00" }));
    }

    [Test]
    public void NetSales_floors_at_zero_when_discounts_exceed_the_subtotal()
    {
        var result = ScenarioBuilder.Default()
            .Program(Program("NetSales"))
            .Order("""{ "subtotalExclTax": 100, "orderDiscount": 150, "total": 0 }""")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void OrderTotal_is_what_the_client_paid_including_tax_and_shipping()
    {
        var result = ScenarioBuilder.Default()
            .Program(Program("OrderTotal", 5))
            .Order("""{ "subtotalExclTax": 500, "total": 540 }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 27.00" }));
    }

    [Test]
    public void Margin_is_net_sales_less_product_cost()
    {
        var result = ScenarioBuilder.Default()
            .Program(Program("Margin"))
            .Order("""
                { "subtotalExclTax": 500, "total": 540,
                  "items": [ { "productId": "P1", "quantity": 2, "priceExclTax": 500, "unitCost": 100 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 30.00" }));
    }

    [Test]
    public void Margin_floors_at_zero_so_a_loss_pays_nothing()
    {
        var result = ScenarioBuilder.Default()
            .Program(Program("Margin"))
            .Order("""
                { "subtotalExclTax": 500, "total": 540,
                  "items": [ { "productId": "P1", "quantity": 2, "priceExclTax": 500, "unitCost": 300 } ] }
                """)
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Line_amounts_share_out_order_discounts_by_line_value()
    {
        var result = ScenarioBuilder.Default()
            .Product("""{ "id": "P2" }""")
            .Program("""{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "productId": "P1", "rate": 10 } ] }""")
            .Order("""
                { "subtotalExclTax": 1000, "orderDiscount": 100, "total": 1000,
                  "items": [ { "productId": "P1", "quantity": 1, "priceExclTax": 600 },
                             { "productId": "P2", "quantity": 1, "priceExclTax": 400 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 54.00" }));
    }

    [Test]
    public void Line_margin_is_the_scaled_line_value_less_its_cost()
    {
        var result = ScenarioBuilder.Default()
            .Product("""{ "id": "P2" }""")
            .Program("""{ "id": "p1", "type": "PercentPerProduct", "basis": "Margin", "productRules": [ { "productId": "P1", "rate": 10 } ] }""")
            .Order("""
                { "subtotalExclTax": 1000, "orderDiscount": 100, "total": 1000,
                  "items": [ { "productId": "P1", "quantity": 2, "priceExclTax": 600, "unitCost": 100 },
                             { "productId": "P2", "quantity": 1, "priceExclTax": 400, "unitCost": 0 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 34.00" }));
    }
}
