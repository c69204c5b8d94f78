namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>PercentOfOrder (rules §3.2.1): base × rate%, or a fixed amount per order.</summary>
public sealed class PercentOfOrderCalculator : ICommissionCalculator
{
    /// <inheritdoc />
    public ProgramType Type => ProgramType.PercentOfOrder;

    /// <inheritdoc />
    public Commission Calculate(CalculationInput input)
    {
        var basisAmount = input.BasisAmount;
        if (basisAmount == 0m)
            return Commission.Nothing(() => "PercentOfOrder: basis amount is 0");

        var share = input.Split / 100m;
        if (input.Program.Fixed is { } fixedAmount)
            return new Commission(ExactAmount.Of(fixedAmount * share),
                () => $"PercentOfOrder: fixed {Money.FormatExact(fixedAmount)} per order{input.SplitText}");

        var rate = input.Program.Rate ?? 0m;
        return new Commission(ExactAmount.Of(basisAmount * rate / 100m * share),
            () => $"PercentOfOrder: {Money.FormatExact(basisAmount)} × {Money.FormatPercent(rate)}{input.SplitText}");
    }
}
