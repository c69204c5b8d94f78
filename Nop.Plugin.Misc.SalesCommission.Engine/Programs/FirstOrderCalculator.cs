namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// FirstOrder (rules §3.2.4): the first-order rate on a client's first N paid orders in the store
/// (by paid date, then order id), the program's regular rate on later ones.
/// </summary>
public sealed class FirstOrderCalculator : ICommissionCalculator
{
    /// <inheritdoc />
    public ProgramType Type => ProgramType.FirstOrder;

    /// <inheritdoc />
    public Commission Calculate(CalculationInput input)
    {
        var basisAmount = input.BasisAmount;
        if (basisAmount == 0m)
            return Commission.Nothing(() => "FirstOrder: basis amount is 0");

        var terms = input.Program.FirstOrder ?? new FirstOrderTerms(1, 0m);
        var isFirst = input.ClientOrderRank <= terms.Count;
        var rate = isFirst ? terms.Rate : input.Program.Rate ?? 0m;
        return new Commission(ExactAmount.Of(basisAmount * rate / 100m * input.Split / 100m), () =>
        {
            var which = isFirst
                ? $"client's order {input.ClientOrderRank} of the first {terms.Count}"
                : $"client's order {input.ClientOrderRank}, regular rate after the first {terms.Count}";
            return $"FirstOrder ({which}): {Money.FormatExact(basisAmount)} × {Money.FormatPercent(rate)}{input.SplitText}";
        });
    }
}
