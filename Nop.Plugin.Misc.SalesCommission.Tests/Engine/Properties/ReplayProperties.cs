using System.Text.Json.Nodes;
using FsCheck.Fluent;
using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Properties;

/// <summary>
/// Rules §5 and §9.4 as invariants: entries are unique per (order, program, beneficiary, kind, level), so a paid
/// event or a void/cancel delivered again writes nothing; a run is a pure function of its scenario. (A refund
/// delivered twice is two refunds by design, so refunds are not duplicated here.)
/// </summary>
[TestFixture]
public sealed class ReplayProperties
{
    /// <summary>The document with every payment redelivered and every void or cancel delivered twice at the same time.</summary>
    private static string WithRedeliveries(GeneratedScenario scenario)
    {
        var document = scenario.Copy();
        var events = document["events"]!.AsArray();
        var replayed = new JsonArray();
        foreach (var e in events)
        {
            replayed.Add(e!.DeepClone());
            if (e["type"]!.GetValue<string>() is "void" or "cancel")
                replayed.Add(e.DeepClone());
        }

        foreach (var order in document["orders"]!.AsArray().Where(o => o!["paidAt"] is not null))
            replayed.Add(new JsonObject { ["type"] = "paid", ["orderId"] = order!["id"]!.DeepClone(), ["at"] = order["paidAt"]!.DeepClone() });
        document["events"] = replayed;
        return document.ToJsonString();
    }

    [Test]
    public void Redelivered_paid_void_and_cancel_events_add_no_entry()
    {
        PropertyRuns.Verify(Prop.ForAll(GeneratedScenario.Arbitrary(), scenario =>
            ScenarioBuilder.RunDocument(WithRedeliveries(scenario)).Entries
                .SequenceEqual(ScenarioBuilder.RunDocument(scenario.ToString()).Entries)));
    }

    [Test]
    public void Running_the_same_scenario_twice_gives_identical_output()
    {
        PropertyRuns.Verify(Prop.ForAll(GeneratedScenario.Arbitrary(), scenario =>
            ScenarioJsonWriter.Write(ScenarioBuilder.RunDocument(scenario.ToString()), Explaining.English)
            == ScenarioJsonWriter.Write(ScenarioBuilder.RunDocument(scenario.ToString()), Explaining.English)), maxTest: 100);
    }
}
