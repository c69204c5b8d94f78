using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Properties;

/// <summary>
/// Rules §3.4 as invariants: whatever the orders, splits, programs, refunds and voids, one beneficiary's Direct entries from
/// one program in one calendar period never add up to more than its <c>capPerPeriod</c>, and no Direct entry is above its
/// program's <c>capPerOrder</c>.
/// </summary>
[TestFixture]
public sealed class CapProperties
{
    private sealed record CappedScenario(JsonObject Document, IReadOnlyDictionary<string, (string Window, decimal Amount, decimal? PerOrder)> Caps)
    {
        public override string ToString() => Document.ToJsonString();
    }

    private static Gen<(string Window, decimal Amount, decimal? PerOrder)> Caps() =>
        from window in Gen.Elements("Month", "Quarter", "Year")
        from amount in Gen.Choose(1, 50000).Select(c => c / 100m)
        from perOrder in Gen.Elements<decimal?>(null, null, 0.01m, 7.5m, 120m)
        select (window, amount, perOrder);

    /// <summary>A generated scenario whose every program carries a random period cap and sometimes a cap per order.</summary>
    private static Gen<CappedScenario> CappedScenarios() =>
        from scenario in GeneratedScenario.Arbitrary().Generator
        from caps in Caps().ListOf(5)
        select WithCaps(scenario, caps.ToList());

    private static CappedScenario WithCaps(GeneratedScenario scenario, IReadOnlyList<(string Window, decimal Amount, decimal? PerOrder)> caps)
    {
        var document = scenario.Copy();
        var byProgram = new Dictionary<string, (string, decimal, decimal?)>();
        var programs = document["programs"]!.AsArray();
        for (var i = 0; i < programs.Count; i++)
        {
            var program = programs[i]!.AsObject();
            var cap = caps[i % caps.Count];
            program["capPerPeriod"] = new JsonObject { ["window"] = cap.Window, ["amount"] = cap.Amount };
            if (cap.PerOrder is { } perOrder)
                program["capPerOrder"] = perOrder;
            byProgram[program["id"]!.GetValue<string>()] = cap;
        }

        return new CappedScenario(document, byProgram);
    }

    private static string PeriodOf(string window, DateTime paidAt) => window switch
    {
        "Month" => $"{paidAt.Year}-{paidAt.Month}",
        "Quarter" => $"{paidAt.Year}-Q{(paidAt.Month - 1) / 3 + 1}",
        _ => $"{paidAt.Year}"
    };

    [Test]
    public void Direct_entries_of_one_beneficiary_program_and_period_never_add_up_to_more_than_the_period_cap()
    {
        PropertyRuns.Verify(Prop.ForAll(CappedScenarios().ToArbitrary(), scenario =>
        {
            var paidAt = scenario.Document["orders"]!.AsArray()
                .Where(o => o!["paidAt"] is not null)
                .ToDictionary(o => o!["id"]!.GetValue<string>(),
                    o => DateTime.Parse(o!["paidAt"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
            var result = ScenarioBuilder.RunDocument(scenario.Document.ToJsonString());

            return result.Entries
                .Where(e => e.Kind == EntryKind.Direct)
                .GroupBy(e => (e.ProgramId, e.BeneficiaryType, e.BeneficiaryId, PeriodOf(scenario.Caps[e.ProgramId].Window, paidAt[e.OrderId])))
                .All(period => period.Sum(e => e.Amount) <= scenario.Caps[period.Key.ProgramId].Amount);
        }), maxTest: 200);
    }

    [Test]
    public void No_direct_entry_is_above_its_programs_cap_per_order()
    {
        PropertyRuns.Verify(Prop.ForAll(CappedScenarios().ToArbitrary(), scenario =>
            ScenarioBuilder.RunDocument(scenario.Document.ToJsonString()).Entries
                .Where(e => e.Kind == EntryKind.Direct && scenario.Caps[e.ProgramId].PerOrder is not null)
                .All(e => e.Amount <= scenario.Caps[e.ProgramId].PerOrder!.Value)), maxTest: 150);
    }
}
