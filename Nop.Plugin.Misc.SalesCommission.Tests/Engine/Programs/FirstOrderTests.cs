using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>Rules §3.2.4 FirstOrder: a special rate on a client's first N paid orders in a store, the regular rate after.</summary>
[TestFixture]
public sealed class FirstOrderTests
{
    private const string FirstOrderProgram = """{ "id": "p1", "type": "FirstOrder", "rate": 2, "firstOrder": { "count": 1, "rate": 10 } }""";

    [Test]
    public void FirstOrder_pays_the_first_order_rate_once_then_the_regular_rate()
    {
        var result = ScenarioBuilder.Default()
            .Program(FirstOrderProgram)
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 300 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-05T10:00:00Z", "subtotalExclTax": 300 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 30.00", "#2 ann Direct 6.00" }));
    }

    [Test]
    public void FirstOrder_counts_orders_by_paid_date_not_by_listed_order()
    {
        var result = ScenarioBuilder.Default()
            .Program(FirstOrderProgram)
            .Order("""{ "id": "1", "paidAt": "2026-03-05T10:00:00Z", "subtotalExclTax": 300 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 300 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#2 ann Direct 30.00", "#1 ann Direct 6.00" }));
    }

    [Test]
    public void FirstOrder_with_a_count_of_two_pays_the_special_rate_on_two_orders()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "FirstOrder", "rate": 2, "firstOrder": { "count": 2, "rate": 10 } }""")
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 300 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-03T10:00:00Z", "subtotalExclTax": 300 }""")
            .Order("""{ "id": "3", "paidAt": "2026-03-04T10:00:00Z", "subtotalExclTax": 300 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 30.00", "#2 ann Direct 30.00", "#3 ann Direct 6.00" }));
    }

    [Test]
    public void FirstOrder_is_counted_per_store()
    {
        var result = ScenarioBuilder.Default()
            .Program(FirstOrderProgram)
            .Order("""{ "id": "1", "storeId": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 300 }""")
            .Order("""{ "id": "2", "storeId": "2", "paidAt": "2026-03-05T10:00:00Z", "subtotalExclTax": 300 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 30.00", "#2 ann Direct 30.00" }));
    }

    [Test]
    public void FirstOrder_is_counted_per_client()
    {
        var result = ScenarioBuilder.Default()
            .Client("""{ "id": "c2", "owners": [ { "staffId": "ann", "split": 100 } ] }""")
            .Program(FirstOrderProgram)
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 300 }""")
            .Order("""{ "id": "2", "clientId": "c2", "paidAt": "2026-03-05T10:00:00Z", "subtotalExclTax": 300 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 30.00", "#2 ann Direct 30.00" }));
    }

    [Test]
    public void FirstOrder_a_refunded_first_order_stays_the_first()
    {
        var result = ScenarioBuilder.Default()
            .Program(FirstOrderProgram)
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 300, "total": 300 }""")
            .Refund("1", "2026-03-03T10:00:00Z", 300m)
            .Order("""{ "id": "2", "paidAt": "2026-03-05T10:00:00Z", "subtotalExclTax": 300 }""")
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Direct), Is.EqualTo(new[] { 30.00m, 6.00m }));
    }

    [Test]
    public void FirstOrder_orders_paid_at_the_same_instant_are_ranked_by_order_id_as_numbers()
    {
        var result = ScenarioBuilder.Default()
            .Program(FirstOrderProgram)
            .Order("""{ "id": "10", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 300 }""")
            .Order("""{ "id": "9", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 300 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#9 ann Direct 30.00", "#10 ann Direct 6.00" }));
    }

    [Test]
    public void FirstOrder_an_unpaid_order_does_not_take_the_first_place()
    {
        var result = ScenarioBuilder.Default()
            .Program(FirstOrderProgram)
            .Order("""{ "id": "1", "paidAt": null, "subtotalExclTax": 300 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-05T10:00:00Z", "subtotalExclTax": 300 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#2 ann Direct 30.00" }));
    }
}
