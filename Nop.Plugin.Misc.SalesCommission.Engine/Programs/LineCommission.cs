using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// Sums a per-line program's commission over an order's lines (rules §3.1, §9.1): a line whose basis
/// amount is 0 earns nothing, whatever its rule; the sum is the beneficiary's split share.
/// </summary>
public static class LineCommission
{
    /// <summary>Pays one line: its exact commission and derivation, or null when no rule pays it.</summary>
    public delegate (ExactAmount Pay, string Derivation)? LinePayer(OrderLine line, ExactAmount lineAmount, IReadOnlyList<string> categories);

    /// <summary>The beneficiary's commission: the sum of what each line pays, times their split share.</summary>
    public static Commission Sum(CalculationInput input, string label, string whenNothing, LinePayer payLine)
    {
        if (input.BasisAmount == 0m)
            return Commission.Nothing($"{label}: basis amount is 0");

        var total = ExactAmount.Zero;
        var parts = new List<string>();
        foreach (var line in input.Order.Lines)
        {
            var lineAmount = input.Amounts.LineAmount(line, input.Program.Basis);
            if (lineAmount.IsZero || payLine(line, lineAmount, input.Setup.CategoriesOf(line.ProductId)) is not { } paid)
                continue;

            total = total.Plus(paid.Pay);
            parts.Add($"{line.ProductId} {paid.Derivation}");
        }

        var text = parts.Count == 0 ? whenNothing : string.Join(" + ", parts);
        return new Commission(total.Times(input.Split / 100m), $"{label}: {text}{input.SplitText}");
    }
}
