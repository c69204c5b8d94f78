using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// PerQuantity (rules §3.2.5): per line, the most specific level that has rules for the line (product,
/// then the nearest categories reaching the product, then blank rules) decides; within it the rule whose quantity band contains the line's
/// quantity pays (several: the one paying most; none: nothing).
/// </summary>
public sealed class PerQuantityCalculator : ICommissionCalculator
{
    /// <inheritdoc />
    public ProgramType Type => ProgramType.PerQuantity;

    /// <inheritdoc />
    public Commission Calculate(CalculationInput input) => LineCommission.Sum<QuantityRule>(input, PayLine, Derive);

    private static Derivation Derive(CalculationInput input) => LineCommission.Derive<QuantityRule>(input, "PerQuantity", PayLine, DeriveLine);

    private static LinePay<QuantityRule>? PayLine(CalculationInput input, OrderLine line, ExactAmount lineAmount, IReadOnlyList<CategoryDistance> categories)
    {
        var rules = input.Setup.QuantityRulesOf(input.Program).MostSpecific(line.ProductId, categories);
        LinePay<QuantityRule>? best = null;
        for (var i = 0; i < rules.Count; i++)
        {
            if (!rules[i].Contains(line.Quantity))
                continue;
            var pay = new LinePay<QuantityRule>(Amount(rules[i], line, lineAmount), rules[i]);
            if (best is not { } current || pay.Amount.CompareTo(current.Amount) > 0)
                best = pay;
        }

        return best;
    }

    private static ExactAmount Amount(QuantityRule rule, OrderLine line, ExactAmount lineAmount) =>
        rule.PerUnit is { } perUnit ? lineAmount.Like(perUnit * line.Quantity)
        : rule.PerLine is { } perLine ? lineAmount.Like(perLine)
        : lineAmount.Percent(rule.Rate ?? 0m);

    private static Derivation DeriveLine(CalculationInput input, OrderLine line, ExactAmount lineAmount, LinePay<QuantityRule> pay)
    {
        var rule = pay.Rule!;
        var band = DerivationValue.Of(DerivationField.Band, rule.MaxQty is { } max
            ? new Derivation("QuantityBand", DerivationValue.Of(DerivationField.Min, rule.MinQty), DerivationValue.Of(DerivationField.Max, max))
            : new Derivation("QuantityBand.Open", DerivationValue.Of(DerivationField.Min, rule.MinQty)));
        if (rule.PerUnit is { } perUnit)
            return new Derivation("Pay.PerUnit", DerivationValue.Of(DerivationField.Quantity, line.Quantity), DerivationValue.Of(DerivationField.PerUnit, perUnit), band);
        if (rule.PerLine is { } perLine)
            return new Derivation("Pay.PerLine", DerivationValue.Of(DerivationField.PerLine, perLine), band);
        return new Derivation("Pay.QuantityRate", DerivationValue.Of(DerivationField.LineAmount, lineAmount.Value),
            DerivationValue.Of(DerivationField.Rate, rule.Rate ?? 0m), band);
    }
}
