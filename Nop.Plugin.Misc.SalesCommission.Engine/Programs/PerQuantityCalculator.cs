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
    public Commission Calculate(CalculationInput input) =>
        LineCommission.Sum(input, "PerQuantity", (line, lineAmount, categories) =>
        {
            var rules = input.Setup.QuantityRulesOf(input.Program).MostSpecific(line.ProductId, categories);
            LinePay? best = null;
            for (var i = 0; i < rules.Count; i++)
            {
                if (!rules[i].Contains(line.Quantity))
                    continue;
                var pay = Pay(rules[i], line, lineAmount);
                if (best is not { } current || pay.Amount.CompareTo(current.Amount) > 0)
                    best = pay;
            }

            return best;
        });

    private static LinePay Pay(QuantityRule rule, OrderLine line, ExactAmount lineAmount)
    {
        DerivationValue Band() => DerivationValue.Of(DerivationField.Band, rule.MaxQty is { } max
            ? new Derivation("QuantityBand", DerivationValue.Of(DerivationField.Min, rule.MinQty), DerivationValue.Of(DerivationField.Max, max))
            : new Derivation("QuantityBand.Open", DerivationValue.Of(DerivationField.Min, rule.MinQty)));
        if (rule.PerUnit is { } perUnit)
            return new(lineAmount.Like(perUnit * line.Quantity), () => new Derivation("Pay.PerUnit",
                DerivationValue.Of(DerivationField.Quantity, line.Quantity), DerivationValue.Of(DerivationField.PerUnit, perUnit), Band()));
        if (rule.PerLine is { } perLine)
            return new(lineAmount.Like(perLine), () => new Derivation("Pay.PerLine", DerivationValue.Of(DerivationField.PerLine, perLine), Band()));
        var rate = rule.Rate ?? 0m;
        return new(lineAmount.Percent(rate), () => new Derivation("Pay.QuantityRate",
            DerivationValue.Of(DerivationField.LineAmount, lineAmount.Value), DerivationValue.Of(DerivationField.Rate, rate), Band()));
    }
}
