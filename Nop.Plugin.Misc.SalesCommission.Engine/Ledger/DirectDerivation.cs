using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// A Direct entry's derivation, built when the entry is first read: the commission, any accelerator, any caps, and what it
/// was computed on.
/// </summary>
/// <param name="commission">The program's commission.</param>
/// <param name="extra">The accelerator's extra; null without an accelerator.</param>
/// <param name="input">What the commission was computed on.</param>
/// <param name="capped">The commission after the caps.</param>
internal sealed class DirectDerivation(Commission commission, Commission? extra, CalculationInput input, CappedCommission capped)
    : IDerivationSource
{
    /// <inheritdoc />
    public Derivation Derive()
    {
        var on = DerivationValue.Of(DerivationField.On, new Derivation("On",
            DerivationValue.Of(DerivationField.Basis, input.Program.Basis.ToString()), DerivationValue.Of(DerivationField.BasisAmount, input.BasisAmount),
            DerivationValue.Of(DerivationField.Order, input.Order.Id), DerivationValue.Of(DerivationField.LeftOut, input.Amounts.LeftOut)));
        var derivation = DerivationValue.Of(DerivationField.Commission, commission.Derivation);
        var commissionAmount = DerivationValue.Of(DerivationField.CommissionAmount, commission.Amount.Value);

        if (extra is null)
            return new Derivation("Direct", derivation, Result(commission.Amount.Value), on);
        var extraDerivation = DerivationValue.Of(DerivationField.Extra, extra.Derivation);
        if (extra.Amount.IsZero)
            return capped.Cuts is null
                ? new Derivation("Direct.AcceleratorIdle", derivation, Result(commission.Amount.Value), on, extraDerivation)
                : new Derivation("Direct.AcceleratorIdle.Capped", derivation, commissionAmount, extraDerivation,
                    DerivationValue.Of(DerivationField.Cuts, capped.Cuts), DerivationValue.Of(DerivationField.Value, capped.Exact), on);

        return new Derivation("Direct.Accelerated", derivation, commissionAmount, extraDerivation,
            DerivationValue.Of(DerivationField.ExtraAmount, extra.Amount.Value), Result(commission.Amount.Plus(extra.Amount).Value), on);
    }

    private DerivationValue Result(decimal uncapped) => DerivationValue.Of(DerivationField.Result, capped.Cuts is null
        ? new Derivation("Result", DerivationValue.Of(DerivationField.Value, uncapped))
        : new Derivation("Capped", DerivationValue.Of(DerivationField.Uncapped, uncapped), DerivationValue.Of(DerivationField.Cuts, capped.Cuts),
            DerivationValue.Of(DerivationField.Value, capped.Exact)));
}
