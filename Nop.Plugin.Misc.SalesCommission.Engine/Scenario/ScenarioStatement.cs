using System.Text;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>Prints a scenario's result as a readable statement per beneficiary.</summary>
public static class ScenarioStatement
{
    /// <summary>The statements, one per beneficiary, then the uncredited orders.</summary>
    public static string Write(ScenarioResult result)
    {
        var text = new StringBuilder();
        foreach (var total in result.Totals)
        {
            text.AppendLine($"== {total.BeneficiaryType} {total.BeneficiaryId}");
            foreach (var e in result.Entries.Where(e => e.BeneficiaryId == total.BeneficiaryId && e.BeneficiaryType == total.BeneficiaryType))
            {
                var level = e.Level > 0 ? $" L{e.Level}" : string.Empty;
                text.AppendLine($"  #{e.OrderId,-8} {e.ProgramId,-12} {e.Kind + level,-12} {Money.Format(e.Amount),12}  {e.Explanation}");
            }

            text.AppendLine($"  {"Total",-35}{Money.Format(total.Amount),12}");
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
