using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

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
            return new Commission(ExactAmount.Zero, input, Derive);

        var share = input.Split / 100m;
        if (input.Program.Fixed is { } fixedAmount)
            return new Commission(ExactAmount.Of(fixedAmount * share), input, Derive);

        var rate = input.Program.Rate ?? 0m;
        return new Commission(ExactAmount.Of(basisAmount * rate / 100m * share), input, Derive);
    }

    private static Derivation Derive(CalculationInput input)
    {
        if (input.BasisAmount == 0m)
            return new Derivation("PercentOfOrder.Zero");

        return input.Program.Fixed is { } fixedAmount
            ? new Derivation("PercentOfOrder.Fixed", DerivationValue.Of(DerivationField.Fixed, fixedAmount),
                DerivationValue.Of(DerivationField.Share, input.Share))
            : new Derivation("PercentOfOrder.Rate", DerivationValue.Of(DerivationField.Base, input.BasisAmount),
                DerivationValue.Of(DerivationField.Rate, input.Program.Rate ?? 0m), DerivationValue.Of(DerivationField.Share, input.Share));
    }
}
