using System.Text.Json.Nodes;
using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Scenario;

/// <summary>Rules §8: the scenario format example, read, run and written as the output object.</summary>
[TestFixture]
public sealed class ScenarioFormatTests
{
    /// <summary>
    /// The example of rules §8, verbatim: the partner's linked client "c9" is not declared, and that is not bad input.
    /// </summary>
    private const string RulesExample = """
        {
          "settings": { "stacking": "HighestPriority" },
          "staff":    [ { "id": "ann", "managerId": "bob" }, { "id": "bob" } ],
          "partners": [ { "id": "acme", "affiliateId": "aff1", "clientIds": ["c9"] } ],
          "clients":  [ { "id": "c1", "groups": ["Wholesale"], "owners": [ { "staffId": "ann", "split": 100 } ] } ],
          "groups":   [ { "id": "Wholesale", "staff": [ { "staffId": "bob", "split": 100 } ] } ],
          "products": [ { "id": "P7", "categories": ["Shoes"] } ],
          "programs": [ { "id": "p1", "name": "Wholesale 5%", "type": "PercentOfOrder", "basis": "NetSales",
                          "rate": 5, "priority": 0, "scope": { "stores": [], "groups": ["Wholesale"], "clients": [] },
                          "validFrom": null, "validTo": null, "active": true,
                          "beneficiaries": { "staff": [], "partners": [], "allPartners": false },
                          "hierarchy": [ { "level": 1, "percent": 20, "base": "OfCommission" } ] } ],
          "orders":   [ { "id": "1042", "clientId": "c1", "storeId": "1", "affiliateId": null,
                          "paidAt": "2026-03-02T10:00:00Z", "sellers": null,
                          "subtotalExclTax": 500, "subtotalDiscountExclTax": 0, "orderDiscount": 0, "total": 540,
                          "items": [ { "productId": "P7", "quantity": 2, "priceExclTax": 500, "unitCost": 100 } ] } ],
          "events":   [ { "type": "refund", "orderId": "1042", "at": "2026-03-09", "amount": 54 } ]
        }
        """;

    private static JsonNode Output() => JsonNode.Parse(ScenarioJsonWriter.Write(ScenarioBuilder.RunDocument(RulesExample), Explaining.English))!;

    [Test]
    public void Scenario_example_pays_ann_25_then_claws_back_a_tenth_on_the_refund_of_54_of_540()
    {
        var result = ScenarioBuilder.RunDocument(RulesExample);

        Assert.That(result.Lines(), Is.EqualTo(new[]
        {
            "ann Direct 25.00", "bob Override L1 5.00", "ann Clawback -2.50", "bob Clawback L1 -0.50"
        }));
    }

    [Test]
    public void Scenario_example_totals_ann_22_50()
    {
        var totals = Output()["totals"]!.AsArray().Select(t => (t!["beneficiaryId"]!.GetValue<string>(), t["amount"]!.GetValue<decimal>()));

        Assert.That(totals, Is.EqualTo(new[] { ("ann", 22.50m), ("bob", 4.50m) }));
    }

    [Test]
    public void Scenario_output_entry_has_the_fields_of_the_contract()
    {
        var entry = Output()["entries"]![0]!.AsObject();

        Assert.That(entry.Select(p => p.Key + "=" + (p.Key is "explanation" or "derivation" ? "…" : p.Value!.ToJsonString())), Is.EqualTo(new[]
        {
            "orderId=\"1042\"", "beneficiaryId=\"ann\"", "beneficiaryType=\"Staff\"", "programId=\"p1\"", "kind=\"Direct\"",
            "level=0", "base=500.00", "amount=25.00", "explanation=…", "derivation=…"
        }));
    }

    [Test]
    public void Scenario_output_lists_no_uncredited_orders_when_every_order_has_a_seller()
    {
        Assert.That(Output()["uncreditedOrders"]!.AsArray(), Is.Empty);
    }

    [Test]
    public void Scenario_output_lists_paid_orders_without_staff_credit_as_uncredited()
    {
        var result = ScenarioBuilder.Default()
            .Client("""{ "id": "c1" }""")
            .Order("""{ "id": "7" }""")
            .Order("""{ "id": "8", "paidAt": null }""")
            .Run();

        Assert.That(JsonNode.Parse(ScenarioJsonWriter.Write(result, Explaining.English))!["uncreditedOrders"]!.ToJsonString(), Is.EqualTo("""["7"]"""));
    }

    [Test]
    public void Scenario_order_without_paid_at_is_never_paid_and_earns_nothing()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Order("""{ "paidAt": null }""")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Scenario_totals_sum_every_entry_per_beneficiary_ordered_by_id()
    {
        var result = ScenarioBuilder.Default()
            .Staff("""{ "id": "10" }""")
            .Staff("""{ "id": "9" }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Order("""{ "id": "1", "sellers": [ { "staffId": "10", "split": 100 } ] }""")
            .Order("""{ "id": "2", "sellers": [ { "staffId": "9", "split": 100 } ] }""")
            .Order("""{ "id": "3", "sellers": [ { "staffId": "10", "split": 100 } ] }""")
            .Run();

        Assert.That(result.Totals.Select(t => (t.BeneficiaryId, t.Amount)), Is.EqualTo(new[] { ("9", 25.00m), ("10", 50.00m) }));
    }
}
