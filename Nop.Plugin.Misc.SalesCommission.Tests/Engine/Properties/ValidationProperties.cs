using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Properties;

/// <summary>
/// Rules §8 bad input as an invariant: take a valid generated scenario, break one field, and validation names it.
/// </summary>
[TestFixture]
public sealed class ValidationProperties
{
    /// <summary>One way of breaking a scenario: what it did and which error paths name the broken field.</summary>
    private sealed record Mutation(string Description, IReadOnlyList<string> Paths);

    private sealed record MutatedScenario(GeneratedScenario Original, JsonObject Mutated, Mutation Mutation)
    {
        public override string ToString() => $"{Mutation.Description} (expected an error at {string.Join(" or ", Mutation.Paths)}) in {Mutated.ToJsonString()}";
    }

    private delegate Mutation Mutator(JsonObject document, Random random);

    private static readonly Mutator[] Mutators =
    [
        NegativeAmount, UnknownId, BadSplit, FirstBandNotAtZero, DescendingBands, ManagerCycle
    ];

    private static JsonArray ArrayOf(JsonObject document, string name) => document[name]!.AsArray();

    private static Mutation NegativeAmount(JsonObject document, Random random)
    {
        var orders = ArrayOf(document, "orders");
        var i = random.Next(orders.Count);
        var field = new[] { "subtotalExclTax", "subtotalDiscountExclTax", "orderDiscount", "total" }[random.Next(4)];
        orders[i]![field] = -(1 + random.Next(100000)) / 100m;
        return new Mutation($"negative {field}", [$"orders[{i}].{field}"]);
    }

    private static Mutation UnknownId(JsonObject document, Random random)
    {
        var orders = ArrayOf(document, "orders");
        var staff = ArrayOf(document, "staff");
        var i = random.Next(orders.Count);
        switch (random.Next(4))
        {
            case 0:
                orders[i]!["clientId"] = "no-such-client";
                return new Mutation("unknown client", [$"orders[{i}].clientId"]);
            case 1:
                orders[i]!["items"]![0]!["productId"] = "no-such-product";
                return new Mutation("unknown product", [$"orders[{i}].items[0].productId"]);
            case 2:
                var k = random.Next(staff.Count);
                staff[k]!["managerId"] = "no-such-staff";
                return new Mutation("unknown manager", [$"staff[{k}].managerId"]);
            default:
                ArrayOf(document, "events").Add(new JsonObject { ["type"] = "void", ["orderId"] = "no-such-order", ["at"] = "2026-06-01" });
                return new Mutation("unknown order", [$"events[{ArrayOf(document, "events").Count - 1}].orderId"]);
        }
    }

    private static Mutation BadSplit(JsonObject document, Random random)
    {
        var orders = ArrayOf(document, "orders");
        var i = random.Next(orders.Count);
        var split = (1 + random.Next(9998)) / 100m;
        orders[i]!["sellers"] = new JsonArray(new JsonObject { ["staffId"] = "s1", ["split"] = split });
        return new Mutation($"seller split of {split}", [$"orders[{i}].sellers"]);
    }

    private static int LadderIndex(JsonObject document) =>
        ArrayOf(document, "programs").Select((p, i) => (p, i)).First(x => x.p!["id"]!.GetValue<string>() == "ladder").i;

    private static Mutation FirstBandNotAtZero(JsonObject document, Random random)
    {
        var l = LadderIndex(document);
        document["programs"]![l]!["ladder"]!["bands"]![0]!["from"] = (1 + random.Next(100000)) / 100m;
        return new Mutation("first band not at 0", [$"programs[{l}].ladder.bands[0].from"]);
    }

    private static Mutation DescendingBands(JsonObject document, Random random)
    {
        var l = LadderIndex(document);
        var bands = document["programs"]![l]!["ladder"]!["bands"]!.AsArray();
        var k = 1 + random.Next(bands.Count - 1);
        var previous = bands[k - 1]!["from"]!.GetValue<decimal>();
        bands[k]!["from"] = Math.Round(previous * random.Next(0, 101) / 100m, 2);
        return new Mutation($"band {k} starts at or below band {k - 1}", [$"programs[{l}].ladder.bands[{k}].from"]);
    }

    private static Mutation ManagerCycle(JsonObject document, Random random)
    {
        var staff = ArrayOf(document, "staff");
        var top = random.Next(staff.Count);
        var bottom = top;
        while (bottom + 1 < staff.Count && staff[bottom + 1]!["managerId"]?.GetValue<string>() == staff[bottom]!["id"]!.GetValue<string>())
            bottom++;
        staff[top]!["managerId"] = staff[bottom]!["id"]!.DeepClone();
        return new Mutation($"manager cycle from staff {top} to {bottom}",
            Enumerable.Range(top, bottom - top + 1).Select(m => $"staff[{m}].managerId").ToList());
    }

    private static Arbitrary<MutatedScenario> MutatedScenarios() =>
        (from scenario in GeneratedScenario.Arbitrary().Generator
         from mutator in Gen.Elements(Mutators)
         from seed in Gen.Choose(0, int.MaxValue)
         let mutated = scenario.Copy()
         let mutation = mutator(mutated, new Random(seed))
         select new MutatedScenario(scenario, mutated, mutation)).ToArbitrary();

    [Test]
    public void Validation_names_the_field_of_every_malformed_scenario_the_generator_can_make()
    {
        PropertyRuns.Verify(Prop.ForAll(MutatedScenarios(), scenario =>
            ScenarioReader.Read(scenario.Original.ToString()).IsValid
            && ScenarioReader.Read(scenario.Mutated.ToJsonString()).Errors.Any(e => scenario.Mutation.Paths.Contains(e.Path))), maxTest: 200);
    }
}
