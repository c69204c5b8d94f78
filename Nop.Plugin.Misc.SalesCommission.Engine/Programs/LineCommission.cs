using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// Sums a per-line program's commission over an order's lines (rules §3.1, §9.1): a line whose basis
/// amount is 0 earns nothing, whatever its rule; the sum is the beneficiary's split share. The derivation
/// lists each paid line and is rendered only when asked for.
/// </summary>
public static class LineCommission
{
    /// <summary>Pays one line: its exact commission and derivation, or null when no rule pays it.</summary>
    /// <param name="line">The order line.</param>
    /// <param name="lineAmount">The line's basis amount, above 0.</param>
    /// <param name="categories">The categories reaching the line's product, nearest first.</param>
    public delegate LinePay? LinePayer(OrderLine line, ExactAmount lineAmount, IReadOnlyList<CategoryDistance> categories);

    /// <summary>The beneficiary's commission: the sum of what each line pays, times their split share.</summary>
    /// <param name="input">The calculation's input.</param>
    /// <param name="kind">The program type's derivation kind ("PercentPerProduct"); ".None" and ".Zero" follow it when nothing is paid.</param>
    /// <param name="payLine">Pays one line.</param>
    public static Commission Sum(CalculationInput input, string kind, LinePayer payLine)
    {
        if (input.BasisAmount == 0m)
            return Commission.Nothing(() => new Derivation(kind + ".Zero"));

        var total = ExactAmount.Zero;
        var paidLines = new List<(OrderLine Line, LinePay Pay)>();
        foreach (var line in input.Order.Lines)
        {
            var lineAmount = input.Amounts.LineAmount(line, input.Program.Basis);
            if (lineAmount.IsZero || payLine(line, lineAmount, input.Setup.CategoryReachOf(line.ProductId)) is not { } paid)
                continue;

            total = total.Plus(paid.Amount);
            paidLines.Add((line, paid));
        }

        return new Commission(total.Times(input.Split / 100m), () => paidLines.Count == 0
            ? new Derivation(kind + ".None", DerivationValue.Of(DerivationField.Share, input.Share))
            : new Derivation(kind,
                DerivationValue.Of(DerivationField.Parts, paidLines
                    .Select(paid => new Derivation("Line", DerivationValue.Of(DerivationField.Product, paid.Line.ProductId),
                        DerivationValue.Of(DerivationField.Pay, paid.Pay.Derivation)))
                    .ToList()),
                DerivationValue.Of(DerivationField.Share, input.Share)));
    }
}
