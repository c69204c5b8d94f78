using System.Text.Encodings.Web;
using System.Text.Json;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>Writes a scenario's result as the output object of rules §8.</summary>
public static class ScenarioJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping
    };

    /// <summary>The result as JSON.</summary>
    public static string Write(ScenarioResult result)
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
                explanation = e.Explanation
            }),
            totals = result.Totals.Select(t => new { beneficiaryId = t.BeneficiaryId, amount = Money.Round(t.Amount) }),
            uncreditedOrders = result.UncreditedOrders
        };
        return JsonSerializer.Serialize(output, Options);
    }
}
