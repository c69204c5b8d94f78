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
            return Commission.Nothing(() => new Derivation("PercentOfOrder.Zero"));

        var share = input.Split / 100m;
        if (input.Program.Fixed is { } fixedAmount)
            return new Commission(ExactAmount.Of(fixedAmount * share),
                () => new Derivation("PercentOfOrder.Fixed", DerivationValue.Of(DerivationField.Fixed, fixedAmount),
                    DerivationValue.Of(DerivationField.Share, input.Share)));

        var rate = input.Program.Rate ?? 0m;
        return new Commission(ExactAmount.Of(basisAmount * rate / 100m * share),
            () => new Derivation("PercentOfOrder.Rate", DerivationValue.Of(DerivationField.Base, basisAmount),
                DerivationValue.Of(DerivationField.Rate, rate), DerivationValue.Of(DerivationField.Share, input.Share)));
    }
}
