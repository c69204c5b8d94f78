using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Properties;

/// <summary>
/// Rules §3.1 as an invariant: a line that is left out — a gift card, a product a program excludes, or a product in a
/// subcategory of an excluded category — never changes an entry. Each generated scenario (every program type plus a
/// ProductLadder program whose default ladder would cover the line) is run as it is and again with a left-out line of
/// any quantity and cost added to some orders.
/// <para>
/// Honest about what "adding a line" means: an order-level discount is shared out by line value, so a new line takes
/// part of it and the kept NetSales legitimately moves. The added line is therefore worth k × the order's merchandise
/// (k from 0.25 to 3.75) and the order's discounts, total and refunds grow by the same factor (1 + k): the same order
/// with a gift card at the same discount and tax rates. Clawback bases (the refunded amount) grow with the refunds
/// and explanations name the left-out line, so those two fields are not compared; amounts and Direct bases are.
/// Exclusions are checked without targets, since an excluded line is still a sale and counts toward attainment.
/// </para>
/// </summary>
[TestFixture]
public sealed class LeftOutLineProperties
{
    private enum LeftOut
    {
        GiftCard,
        ExcludedProduct,
        ExcludedCategory
    }

    private sealed record Case(GeneratedScenario Scenario, LeftOut How, int Seed)
    {
        public override string ToString() => $"{How}, seed {Seed}: {Scenario}";
    }

    private static Arbitrary<Case> Cases() =>
        (from scenario in GeneratedScenario.Arbitrary().Generator
         from how in Gen.Elements(LeftOut.GiftCard, LeftOut.ExcludedProduct, LeftOut.ExcludedCategory)
         from seed in Gen.Choose(0, int.MaxValue)
         select new Case(scenario, how, seed)).ToArbitrary();

    /// <summary>The scenario with product X (left out the chosen way) and a ProductLadder program; no order has an X line yet.</summary>
    private static JsonObject Prepared(Case c)
    {
        var document = c.Scenario.Copy();
        var x = new JsonObject { ["id"] = "X", ["categories"] = new JsonArray("Sub") };
        if (c.How == LeftOut.GiftCard)
            x["giftCard"] = true;
        document["products"]!.AsArray().Add(x);
        document["categories"] = JsonNode.Parse("""[ { "id": "Top" }, { "id": "Sub", "parentId": "Top" } ]""");
        document["programs"]!.AsArray().Add(JsonNode.Parse("""
            { "id": "pl", "type": "ProductLadder", "basis": "NetSales",
              "productLadders": [ { "productId": "P1", "ladder": { "mode": "Marginal", "window": "Month", "bands": [ { "from": 0, "rate": 2 }, { "from": 1000, "rate": 4 } ] } },
                                  { "categoryId": "A", "ladder": { "mode": "WholeAmount", "window": "PerOrder", "bands": [ { "from": 0, "rate": 1 }, { "from": 500, "rate": 3 } ] } } ],
              "defaultLadder": { "mode": "Marginal", "window": "Quarter", "bands": [ { "from": 0, "fixed": 5 }, { "from": 2000, "rate": 6 } ] } }
            """));
        foreach (var program in document["programs"]!.AsArray())
        {
            program!["exclude"] = c.How switch
            {
                LeftOut.ExcludedProduct => JsonNode.Parse("""{ "products": ["X"] }"""),
                LeftOut.ExcludedCategory => JsonNode.Parse("""{ "categories": ["Top"] }"""),
                _ => null
            };
        }

        return document;
    }

    /// <summary>The prepared scenario with an X line added to some orders, each order's amounts and refunds grown by (1 + k).</summary>
    private static JsonObject WithLeftOutLines(JsonObject prepared, int seed)
    {
        var random = new Random(seed);
        var document = (JsonObject)prepared.DeepClone();
        foreach (var order in document["orders"]!.AsArray().Where(_ => random.Next(3) > 0))
        {
            var k = new[] { 0.25m, 0.5m, 1m, 2m, 3.75m }[random.Next(5)];
            var merchandise = order!["subtotalExclTax"]!.GetValue<decimal>();
            order["items"]!.AsArray().Add(new JsonObject
            {
                ["productId"] = "X", ["quantity"] = 1 + random.Next(30), ["priceExclTax"] = merchandise * k, ["unitCost"] = random.Next(0, 100000) / 100m
            });
            foreach (var amount in new[] { "subtotalExclTax", "subtotalDiscountExclTax", "orderDiscount", "total" })
                order[amount] = order[amount]!.GetValue<decimal>() * (1m + k);
            var id = order["id"]!.GetValue<string>();
            foreach (var refund in document["events"]!.AsArray().Where(e => e!["orderId"]!.GetValue<string>() == id && e["type"]!.GetValue<string>() == "refund"))
                refund!["amount"] = refund["amount"]!.GetValue<decimal>() * (1m + k);
        }

        return document;
    }

    private static IEnumerable<object> Compared(IEnumerable<LedgerEntry> entries) =>
        entries.Select(e => (object)(e.OrderId, e.ProgramId, e.BeneficiaryType, e.BeneficiaryId, e.Kind, e.Level, e.Amount,
            Base: e.Kind == EntryKind.Clawback ? 0m : e.Base));

    [Test]
    public void Left_out_line_of_any_value_never_changes_an_entry()
    {
        PropertyRuns.Verify(Prop.ForAll(Cases(), c =>
        {
            var prepared = Prepared(c);
            var without = ScenarioBuilder.RunDocument(prepared.ToJsonString());
            var with = ScenarioBuilder.RunDocument(WithLeftOutLines(prepared, c.Seed).ToJsonString());
            return Compared(with.Entries).SequenceEqual(Compared(without.Entries))
                && with.UncreditedOrders.SequenceEqual(without.UncreditedOrders);
        }), maxTest: 200);
    }

    [Test]
    public void Left_out_lines_are_not_always_a_no_op_by_accident()
    {
        // The same added line, but as an ordinary product that earns: most generated scenarios then pay differently.
        var samples = Cases().Generator.Sample(60, 60);
        var changed = samples.Count(c =>
        {
            var prepared = Prepared(c with { How = LeftOut.GiftCard });
            prepared["settings"]!["giftCardsEarn"] = true;
            return !Compared(ScenarioBuilder.RunDocument(WithLeftOutLines(prepared, c.Seed).ToJsonString()).Entries)
                .SequenceEqual(Compared(ScenarioBuilder.RunDocument(prepared.ToJsonString()).Entries));
        });

        Assert.That(changed, Is.GreaterThan(samples.Length / 2));
    }
}
