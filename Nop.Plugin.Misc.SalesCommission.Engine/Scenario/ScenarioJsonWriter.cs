using System.Text.Encodings.Web;
using System.Text.Json;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>Writes a scenario's result as the output object of rules §8.</summary>
public static class ScenarioJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping
    };

    /// <summary>The result as JSON: each entry's explanation in words and its derivation as data.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="renderer">Words the explanations (the contract's are English, invariant numbers, ids).</param>
    public static string Write(ScenarioResult result, DerivationRenderer renderer)
    {
        var output = new
        {
            entries = result.Entries.Select(e => new
            {
                orderId = e.OrderId,
                beneficiaryId = e.BeneficiaryId,
                beneficiaryType = e.BeneficiaryType.ToString(),
                programId = e.ProgramId,
                kind = e.Kind.ToString(),
                level = e.Level,
                @base = Money.Round(e.Base),
                amount = Money.Round(e.Amount),
                explanation = e.Derivation is { } derivation ? renderer.Render(derivation) : string.Empty,
                derivation = e.Derivation is { } data ? DerivationJson.ToJson(data) : null
            }),
            totals = result.Totals.Select(t => new { beneficiaryId = t.BeneficiaryId, amount = Money.Round(t.Amount) }),
            uncreditedOrders = result.UncreditedOrders
        };
        return JsonSerializer.Serialize(output, Options);
    }
}
