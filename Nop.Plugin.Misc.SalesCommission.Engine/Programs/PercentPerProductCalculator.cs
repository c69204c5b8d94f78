using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// PercentPerProduct (rules §3.2.3): per line, the most specific rule pays: a product rule, else the
/// rule of the nearest category reaching the product (several at that distance: the one paying most on the line),
/// else the program's default rate.
/// </summary>
public sealed class PercentPerProductCalculator : ICommissionCalculator
{
    /// <inheritdoc />
    public ProgramType Type => ProgramType.PercentPerProduct;

    /// <inheritdoc />
    public Commission Calculate(CalculationInput input) => LineCommission.Sum<ProductRule>(input, PayLine, Derive);

    private static Derivation Derive(CalculationInput input) => LineCommission.Derive<ProductRule>(input, "PercentPerProduct", PayLine, DeriveLine);

    private static LinePay<ProductRule>? PayLine(CalculationInput input, OrderLine line, ExactAmount lineAmount, IReadOnlyList<CategoryDistance> categories)
    {
        var rules = input.Setup.ProductRulesOf(input.Program).MostSpecific(line.ProductId, categories);
        if (rules.Count == 0)
            return new LinePay<ProductRule>(lineAmount.Percent(input.Program.DefaultRate), null);

        var best = Pay(rules[0], line, lineAmount);
        for (var i = 1; i < rules.Count; i++)
        {
            var next = Pay(rules[i], line, lineAmount);
            if (next.Amount.CompareTo(best.Amount) > 0)
                best = next;
        }

        return best;
    }

    private static LinePay<ProductRule> Pay(ProductRule rule, OrderLine line, ExactAmount lineAmount) =>
        new(rule.Rate is { } rate ? lineAmount.Percent(rate) : lineAmount.Like((rule.FixedPerUnit ?? 0m) * line.Quantity), rule);

    private static Derivation DeriveLine(CalculationInput input, OrderLine line, ExactAmount lineAmount, LinePay<ProductRule> pay)
    {
        if (pay.Rule is not { } rule)
            return new Derivation("Pay.Default", DerivationValue.Of(DerivationField.LineAmount, lineAmount.Value),
                DerivationValue.Of(DerivationField.Rate, input.Program.DefaultRate));

        var scope = DerivationValue.Of(DerivationField.Scope,
            rule.ProductId is null ? new Derivation("Scope", DerivationValue.Of(DerivationField.Category, rule.CategoryId ?? string.Empty)) : null);
        return rule.Rate is { } rate
            ? new Derivation("Pay.Rate", DerivationValue.Of(DerivationField.LineAmount, lineAmount.Value), DerivationValue.Of(DerivationField.Rate, rate), scope)
            : new Derivation("Pay.Fixed", DerivationValue.Of(DerivationField.Quantity, line.Quantity),
                DerivationValue.Of(DerivationField.PerUnit, rule.FixedPerUnit ?? 0m), scope);
    }
}
