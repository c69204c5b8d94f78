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
    public Commission Calculate(CalculationInput input) =>
        LineCommission.Sum(input, "PerQuantity", "no rule for these quantities", (line, lineAmount, categories) =>
        {
            var fitting = input.Setup.QuantityRulesOf(input.Program).MostSpecific(line.ProductId, categories)
                .Where(r => r.Contains(line.Quantity))
                .Select(r => Pay(r, line, lineAmount))
                .ToList();
            return fitting.Count == 0 ? null : fitting.Aggregate((best, next) => next.Pay.CompareTo(best.Pay) > 0 ? next : best);
        });

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
