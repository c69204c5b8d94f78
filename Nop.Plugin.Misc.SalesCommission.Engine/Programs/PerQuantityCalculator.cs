using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// PerQuantity (rules §3.2.5): per line, the most specific level that has rules for the line (product,
/// then category, then blank rules) decides; within it the rule whose quantity band contains the line's
/// quantity pays (several: the one paying most; none: nothing).
/// </summary>
public sealed class PerQuantityCalculator : ICommissionCalculator
{
    /// <inheritdoc />
    public ProgramType Type => ProgramType.PerQuantity;

    /// <inheritdoc />
    public Commission Calculate(CalculationInput input)
    {
        var program = input.Program;
        if (input.BasisAmount == 0m)
            return Commission.Nothing("PerQuantity: basis amount is 0");

        var total = ExactAmount.Zero;
        var parts = new List<string>();
        foreach (var line in input.Order.Lines)
        {
            var lineAmount = input.Amounts.LineAmount(line, program.Basis);
            if (lineAmount.IsZero)
                continue;

            var fitting = MostSpecificRules(program.QuantityRules, line, input.Setup.CategoriesOf(line.ProductId))
                .Where(r => r.Contains(line.Quantity))
                .Select(r => Pay(r, line, lineAmount))
                .ToList();
            if (fitting.Count == 0)
                continue;

            var best = fitting.Aggregate((b, next) => next.Pay.CompareTo(b.Pay) > 0 ? next : b);
            total = total.Plus(best.Pay);
            parts.Add($"{line.ProductId} {best.Derivation}");
        }

        var text = parts.Count == 0 ? "no rule for these quantities" : string.Join(" + ", parts);
        return new Commission(total.Times(input.Split / 100m), $"PerQuantity: {text}{input.SplitText}");
    }

    private static IEnumerable<QuantityRule> MostSpecificRules(
        IReadOnlyList<QuantityRule> rules, OrderLine line, IReadOnlyList<string> categories)
    {
        var forProduct = rules.Where(r => r.ProductId == line.ProductId).ToList();
        if (forProduct.Count > 0)
            return forProduct;

        var forCategory = rules.Where(r => r.ProductId is null && r.CategoryId is not null && categories.Contains(r.CategoryId)).ToList();
        return forCategory.Count > 0 ? forCategory : rules.Where(r => r.ProductId is null && r.CategoryId is null);
    }

    private static (ExactAmount Pay, string Derivation) Pay(QuantityRule rule, OrderLine line, ExactAmount lineAmount)
    {
        var band = $"{rule.MinQty}–{(rule.MaxQty is { } max ? max.ToString() : "∞")} units";
        if (rule.PerUnit is { } perUnit)
            return (lineAmount.Like(perUnit * line.Quantity), $"{line.Quantity}×{Money.FormatPlain(perUnit)} per unit ({band})");
        if (rule.PerLine is { } perLine)
            return (lineAmount.Like(perLine), $"{Money.FormatPlain(perLine)} per line ({band})");
        var rate = rule.Rate ?? 0m;
        return (lineAmount.Percent(rate), $"{Money.FormatExact(lineAmount.Value)}×{Money.FormatPercent(rate)} ({band})");
    }
}
