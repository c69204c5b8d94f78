using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>Rules §3.2.1 PercentOfOrder: base × rate%, or a fixed amount per order.</summary>
[TestFixture]
public sealed class PercentOfOrderTests
{
    [Test]
    public void PercentOfOrder_pays_the_rate_of_the_net_sales()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Order("""{ "subtotalExclTax": 500 }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00" }));
    }

    [Test]
    public void PercentOfOrder_with_a_fixed_amount_pays_it_per_order_whatever_the_base()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "fixed": 12 }""")
            .Order("""{ "subtotalExclTax": 3000 }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 12.00" }));
    }

    [Test]
    public void PercentOfOrder_fixed_amount_is_not_paid_on_a_base_of_zero()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "fixed": 12 }""")
            .Order("""{ "subtotalExclTax": 100, "subtotalDiscountExclTax": 100, "total": 0 }""")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void PercentOfOrder_direct_entry_records_the_base_the_rate_applied_to()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Order("""{ "subtotalExclTax": 500 }""")
            .Run();

        Assert.That(result.Entries.Single().Base, Is.EqualTo(500.00m));
    }
}
