using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

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
            return new Commission(ExactAmount.Zero, input, Derive);

        var (_, rate) = RateOf(input);
        return new Commission(ExactAmount.Of(basisAmount * rate / 100m * input.Split / 100m), input, Derive);
    }

    private static Derivation Derive(CalculationInput input)
    {
        if (input.BasisAmount == 0m)
            return new Derivation("FirstOrder.Zero");

        var (isFirst, rate) = RateOf(input);
        return new Derivation(isFirst ? "FirstOrder.First" : "FirstOrder.Regular", DerivationValue.Of(DerivationField.Rank, input.ClientOrderRank),
            DerivationValue.Of(DerivationField.Count, Terms(input).Count), DerivationValue.Of(DerivationField.Base, input.BasisAmount),
            DerivationValue.Of(DerivationField.Rate, rate), DerivationValue.Of(DerivationField.Share, input.Share));
    }

    /// <summary>Whether the order is among the client's first N, and the rate that applies.</summary>
    private static (bool IsFirst, decimal Rate) RateOf(CalculationInput input)
    {
        var terms = Terms(input);
        var isFirst = input.ClientOrderRank <= terms.Count;
        return (isFirst, isFirst ? terms.Rate : input.Program.Rate ?? 0m);
    }

    private static FirstOrderTerms Terms(CalculationInput input) => input.Program.FirstOrder ?? DefaultTerms;

    private static readonly FirstOrderTerms DefaultTerms = new(1, 0m);
}
