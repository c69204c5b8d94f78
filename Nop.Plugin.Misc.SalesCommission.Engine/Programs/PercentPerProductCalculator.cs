using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// PercentPerProduct (rules §3.2.3): per line, the most specific rule pays: a product rule, else the
/// category rule paying most on the line, else the program's default rate.
/// </summary>
public sealed class PercentPerProductCalculator : ICommissionCalculator
{
    /// <inheritdoc />
    public ProgramType Type => ProgramType.PercentPerProduct;

    /// <inheritdoc />
    public Commission Calculate(CalculationInput input) =>
        LineCommission.Sum(input, "PercentPerProduct", "no line amount",
            (line, lineAmount, categories) => PayLine(input.Program, input.Setup.ProductRulesOf(input.Program), line, lineAmount, categories));

    private static (ExactAmount Pay, string Derivation)? PayLine(
        CommissionProgram program, RuleIndex<ProductRule> index, OrderLine line, ExactAmount lineAmount, IReadOnlyList<string> categories)
    {
        var rules = index.MostSpecific(line.ProductId, categories);

        if (rules.Count == 0)
            return (lineAmount.Percent(program.DefaultRate),
                $"{Money.FormatExact(lineAmount.Value)}×{Money.FormatPercent(program.DefaultRate)} (default)");

        return rules
            .Select(rule => Pay(rule, line, lineAmount))
            .Aggregate((best, next) => next.Pay.CompareTo(best.Pay) > 0 ? next : best);
    }

    private static (ExactAmount Pay, string Derivation) Pay(ProductRule rule, OrderLine line, ExactAmount lineAmount)
    {
        var scope = rule.ProductId is null ? $" ({rule.CategoryId})" : string.Empty;
        return rule.Rate is { } rate
            ? (lineAmount.Percent(rate), $"{Money.FormatExact(lineAmount.Value)}×{Money.FormatPercent(rate)}{scope}")
            : (lineAmount.Like((rule.FixedPerUnit ?? 0m) * line.Quantity),
                $"{line.Quantity}×{Money.FormatPlain(rule.FixedPerUnit ?? 0m)}{scope}");
    }
}
