using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// Sums a per-line program's commission over an order's lines (rules §3.1, §9.1): a line whose basis
/// amount is 0 earns nothing, whatever its rule; the sum is the beneficiary's split share. The derivation
/// lists each paid line; it is built only when asked for, by paying the same lines again.
/// </summary>
public static class LineCommission
{
    /// <summary>Pays one line: its exact commission and the rule paying it, or null when no rule pays it.</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <param name="input">The calculation's input.</param>
    /// <param name="line">The order line.</param>
    /// <param name="lineAmount">The line's basis amount, above 0.</param>
    /// <param name="categories">The categories reaching the line's product, nearest first.</param>
    public delegate LinePay<TRule>? LinePayer<TRule>(CalculationInput input, OrderLine line, ExactAmount lineAmount, IReadOnlyList<CategoryDistance> categories)
        where TRule : class;

    /// <summary>Words how one line was paid.</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <param name="input">The calculation's input.</param>
    /// <param name="line">The order line.</param>
    /// <param name="lineAmount">The line's basis amount.</param>
    /// <param name="pay">What the line earns and under which rule.</param>
    public delegate Derivation LineDeriver<TRule>(CalculationInput input, OrderLine line, ExactAmount lineAmount, LinePay<TRule> pay)
        where TRule : class;

    /// <summary>The beneficiary's commission: the sum of what each line pays, times their split share.</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <param name="input">The calculation's input.</param>
    /// <param name="payLine">Pays one line.</param>
    /// <param name="derive">Builds the commission's derivation from the input (see <see cref="Derive{TRule}"/>).</param>
    public static Commission Sum<TRule>(CalculationInput input, LinePayer<TRule> payLine, Func<CalculationInput, Derivation> derive)
        where TRule : class
    {
        if (input.BasisAmount == 0m)
            return new Commission(ExactAmount.Zero, input, derive);

        var total = ExactAmount.Zero;
        var lines = input.Order.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineAmount = input.Amounts.LineAmount(line, input.Program.Basis);
            if (!lineAmount.IsZero && payLine(input, line, lineAmount, input.Setup.CategoryReachOf(line.ProductId)) is { } paid)
                total = total.Plus(paid.Amount);
        }

        return new Commission(total.Times(input.Split / 100m), input, derive);
    }

    /// <summary>How the lines were paid: each paid line in line order, then the share.</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <param name="input">The calculation's input.</param>
    /// <param name="kind">The program type's derivation kind ("PercentPerProduct"); ".None" and ".Zero" follow it when nothing is paid.</param>
    /// <param name="payLine">Pays one line, as when the commission was summed.</param>
    /// <param name="deriveLine">Words how one line was paid.</param>
    public static Derivation Derive<TRule>(CalculationInput input, string kind, LinePayer<TRule> payLine, LineDeriver<TRule> deriveLine)
        where TRule : class
    {
        if (input.BasisAmount == 0m)
            return new Derivation(kind + ".Zero");

        var parts = new List<Derivation>();
        foreach (var line in input.Order.Lines)
        {
            var lineAmount = input.Amounts.LineAmount(line, input.Program.Basis);
            if (!lineAmount.IsZero && payLine(input, line, lineAmount, input.Setup.CategoryReachOf(line.ProductId)) is { } paid)
                parts.Add(new Derivation("Line", DerivationValue.Of(DerivationField.Product, line.ProductId),
                    DerivationValue.Of(DerivationField.Pay, deriveLine(input, line, lineAmount, paid))));
        }

        return parts.Count == 0
            ? new Derivation(kind + ".None", DerivationValue.Of(DerivationField.Share, input.Share))
            : new Derivation(kind, DerivationValue.Of(DerivationField.Parts, parts), DerivationValue.Of(DerivationField.Share, input.Share));
    }
}
