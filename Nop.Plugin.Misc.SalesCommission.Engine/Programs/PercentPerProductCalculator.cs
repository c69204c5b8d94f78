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
    public Commission Calculate(CalculationInput input) =>
        LineCommission.Sum(input, "PercentPerProduct",
            (line, lineAmount, categories) => PayLine(input.Program, input.Setup.ProductRulesOf(input.Program), line, lineAmount, categories));

    private static LinePay? PayLine(
        ProgramTerms program, RuleIndex<ProductRule> index, OrderLine line, ExactAmount lineAmount, IReadOnlyList<CategoryDistance> categories)
    {
        var rules = index.MostSpecific(line.ProductId, categories);

        if (rules.Count == 0)
            return new LinePay(lineAmount.Percent(program.DefaultRate),
                () => new Derivation("Pay.Default", DerivationValue.Of(DerivationField.LineAmount, lineAmount.Value),
                    DerivationValue.Of(DerivationField.Rate, program.DefaultRate)));

        var best = Pay(rules[0], line, lineAmount);
        for (var i = 1; i < rules.Count; i++)
        {
            var next = Pay(rules[i], line, lineAmount);
            if (next.Amount.CompareTo(best.Amount) > 0)
                best = next;
        }

        return best;
    }

    private static LinePay Pay(ProductRule rule, OrderLine line, ExactAmount lineAmount)
    {
        DerivationValue Scope() => DerivationValue.Of(DerivationField.Scope,
            rule.ProductId is null ? new Derivation("Scope", DerivationValue.Of(DerivationField.Category, rule.CategoryId ?? string.Empty)) : null);
        return rule.Rate is { } rate
            ? new LinePay(lineAmount.Percent(rate), () => new Derivation("Pay.Rate", DerivationValue.Of(DerivationField.LineAmount, lineAmount.Value),
                DerivationValue.Of(DerivationField.Rate, rate), Scope()))
            : new LinePay(lineAmount.Like((rule.FixedPerUnit ?? 0m) * line.Quantity),
                () => new Derivation("Pay.Fixed", DerivationValue.Of(DerivationField.Quantity, line.Quantity),
                    DerivationValue.Of(DerivationField.PerUnit, rule.FixedPerUnit ?? 0m), Scope()));
    }
}
