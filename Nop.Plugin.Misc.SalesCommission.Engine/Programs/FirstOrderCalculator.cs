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
            return Commission.Nothing(() => new Derivation("FirstOrder.Zero"));

        var terms = input.Program.FirstOrder ?? new FirstOrderTerms(1, 0m);
        var isFirst = input.ClientOrderRank <= terms.Count;
        var rate = isFirst ? terms.Rate : input.Program.Rate ?? 0m;
        return new Commission(ExactAmount.Of(basisAmount * rate / 100m * input.Split / 100m), () =>
            new Derivation(isFirst ? "FirstOrder.First" : "FirstOrder.Regular", DerivationValue.Of(DerivationField.Rank, input.ClientOrderRank),
                DerivationValue.Of(DerivationField.Count, terms.Count), DerivationValue.Of(DerivationField.Base, basisAmount),
                DerivationValue.Of(DerivationField.Rate, rate), DerivationValue.Of(DerivationField.Share, input.Share)));
    }
}
