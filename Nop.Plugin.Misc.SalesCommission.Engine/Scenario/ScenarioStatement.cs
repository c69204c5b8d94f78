using System.Text;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>Prints a scenario's result as a readable statement per beneficiary.</summary>
public static class ScenarioStatement
{
    /// <summary>The statements, one per beneficiary, then the uncredited orders.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="renderer">Words the explanations.</param>
    /// <param name="format">Writes the amounts.</param>
    public static string Write(ScenarioResult result, DerivationRenderer renderer, DerivationFormat format)
    {
        var text = new StringBuilder();
        foreach (var total in result.Totals)
        {
            text.AppendLine($"== {total.BeneficiaryType} {total.BeneficiaryId}");
            foreach (var e in result.Entries.Where(e => e.BeneficiaryId == total.BeneficiaryId && e.BeneficiaryType == total.BeneficiaryType))
            {
                var level = e.Level > 0 ? $" L{e.Level}" : string.Empty;
                text.AppendLine($"  #{e.OrderId,-8} {e.ProgramId,-12} {e.Kind + level,-12} {format.Money(e.Amount),12}  {(e.Derivation is { } d ? renderer.Render(d) : string.Empty)}");
            }

            text.AppendLine($"  {"Total",-35}{format.Money(total.Amount),12}");
            text.AppendLine();
        }

        if (result.Totals.Count == 0)
            text.AppendLine("No commission entries.");
        text.AppendLine(result.UncreditedOrders.Count == 0
            ? "Uncredited orders: none"
            : $"Uncredited orders: {string.Join(", ", result.UncreditedOrders.Select(id => "#" + id))}");
        return text.ToString();
    }
}
