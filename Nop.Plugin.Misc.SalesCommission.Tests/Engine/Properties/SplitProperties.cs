using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Properties;

/// <summary>Rules §2 and §9.2 as an invariant: split shares add up to the undivided commission, within a cent per share.</summary>
[TestFixture]
public sealed class SplitProperties
{
    private static readonly string[] Staff = ["s1", "s2", "s3", "s4"];

    private static readonly string[] Programs =
    [
        """{ "id": "p", "type": "PercentOfOrder", "rate": 7.35 }""",
        """{ "id": "p", "type": "PercentOfOrder", "fixed": 10.01 }""",
        """{ "id": "p", "type": "PercentOfOrder", "basis": "Margin", "rate": 12.5 }""",
        """{ "id": "p", "type": "Ladder", "ladder": { "mode": "Marginal", "bands": [ { "from": 0, "rate": 2.25 }, { "from": 300, "fixed": 3.33 }, { "from": 1000, "rate": 4.1 } ] } }""",
        """{ "id": "p", "type": "Ladder", "ladder": { "mode": "WholeAmount", "bands": [ { "from": 0, "rate": 1.5 }, { "from": 500, "rate": 3.7 } ] } }""",
        """{ "id": "p", "type": "PercentPerProduct", "defaultRate": 1.1, "productRules": [ { "categoryId": "A", "rate": 9.99 } ] }""",
        """{ "id": "p", "type": "FirstOrder", "rate": 2, "firstOrder": { "count": 1, "rate": 10.75 } }""",
        """{ "id": "p", "type": "PerQuantity", "quantityRules": [ { "minQty": 1, "maxQty": 5, "perUnit": 0.33 }, { "minQty": 6, "rate": 3.3 } ] }"""
    ];

    private sealed record SplitOrder(string Program, decimal NetSales, decimal Cost, int Quantity, IReadOnlyList<decimal> Splits)
    {
        public override string ToString() => $"{Program} on {NetSales} (cost {Cost}, {Quantity} units) split {string.Join("/", Splits)}";
    }

    /// <summary>Two to four shares in cents of a percent that add up to exactly 100.</summary>
    private static Gen<IReadOnlyList<decimal>> Splits() =>
        from count in Gen.Choose(2, 4)
        from cuts in Gen.Choose(1, 9999).ListOf(count - 1)
        let points = cuts.Distinct().Order().Prepend(0).Append(10000).ToList()
        select (IReadOnlyList<decimal>)points.Zip(points.Skip(1), (a, b) => (b - a) / 100m).ToList();

    private static Gen<SplitOrder> SplitOrders() =>
        from program in Gen.Elements(Programs)
        from netSales in Gen.Choose(0, 500000).Select(c => c / 100m)
        from cost in Gen.Choose(0, 100000).Select(c => c / 100m)
        from quantity in Gen.Choose(1, 12)
        from splits in Splits()
        select new SplitOrder(program, netSales, cost, quantity, splits);

    private static decimal DirectTotal(SplitOrder order, IEnumerable<(string StaffId, decimal Split)> sellers)
    {
        var scenario = ScenarioBuilder.Default()
            .Product("""{ "id": "P2", "categories": ["A"] }""")
            .Program(order.Program)
            .Order(new JsonObject
            {
                ["subtotalExclTax"] = order.NetSales,
                ["total"] = order.NetSales,
                ["sellers"] = new JsonArray(sellers.Select(s => (JsonNode)new JsonObject { ["staffId"] = s.StaffId, ["split"] = s.Split }).ToArray()),
                ["items"] = new JsonArray(new JsonObject
                {
                    ["productId"] = "P2", ["quantity"] = order.Quantity, ["priceExclTax"] = order.NetSales, ["unitCost"] = order.Cost / order.Quantity
                })
            }.ToJsonString());
        foreach (var staffId in Staff)
            scenario.Staff($$"""{ "id": "{{staffId}}" }""");
        return scenario.Run().Entries.Where(e => e.Kind == EntryKind.Direct).Sum(e => e.Amount);
    }

    [Test]
    public void Split_shares_add_up_to_the_undivided_commission_within_one_cent_per_share()
    {
        PropertyRuns.Verify(Prop.ForAll(SplitOrders().ToArbitrary(), order =>
        {
            var whole = DirectTotal(order, [("s1", 100m)]);
            var shares = DirectTotal(order, order.Splits.Select((split, i) => (Staff[i], split)));
            return Math.Abs(shares - whole) <= 0.01m * order.Splits.Count;
        }), maxTest: 150);
    }
}
