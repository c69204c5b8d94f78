using System.Text.Json.Nodes;
using FsCheck.Fluent;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Properties;

/// <summary>Rules §5 as an invariant: whatever happened before, a full refund brings the order to exactly 0.</summary>
[TestFixture]
public sealed class RefundProperties
{
    [Test]
    public void Full_refund_brings_every_order_entry_total_to_exactly_zero()
    {
        PropertyRuns.Verify(Prop.ForAll(GeneratedScenario.Arbitrary(), scenario =>
        {
            var document = scenario.Copy();
            var events = document["events"]!.AsArray();
            foreach (var order in document["orders"]!.AsArray())
                events.Add(new JsonObject
                {
                    ["type"] = "refund", ["orderId"] = order!["id"]!.GetValue<string>(), ["at"] = "2027-01-01T00:00:00Z",
                    ["amount"] = order["total"]!.GetValue<decimal>()
                });

            var result = ScenarioBuilder.RunDocument(document.ToJsonString());
            return result.Entries.GroupBy(e => (e.OrderId, e.Group)).All(g => g.Sum(e => e.Amount) == 0m);
        }));
    }

    [Test]
    public void Generated_scenarios_earn_commission_so_the_refund_property_is_not_vacuous()
    {
        var samples = GeneratedScenario.Arbitrary().Generator.Sample(50, 50);

        var earning = samples.Count(s => ScenarioBuilder.RunDocument(s.ToString()).Entries.Any(e => e.Amount != 0m));

        Assert.That(earning, Is.GreaterThan(samples.Length / 2));
    }
}
