using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// A beneficiary's unrounded commission on one order under one program, with how it was derived. The derivation is
/// built only when asked for, i.e. for an entry that is planned, never for a candidate that loses or rounds to 0.
/// </summary>
public sealed class Commission
{
    private readonly Func<Derivation>? _derive;
    private readonly CalculationInput? _input;
    private readonly Func<CalculationInput, Derivation>? _deriveFromInput;

    /// <summary>Creates a commission.</summary>
    /// <param name="amount">The exact amount, before the entry's single rounding.</param>
    /// <param name="derive">Builds the derivation of the arithmetic.</param>
    public Commission(ExactAmount amount, Func<Derivation> derive)
    {
        Amount = amount;
        _derive = derive;
    }

    /// <summary>
    /// Creates a commission whose derivation is rebuilt from its input: a calculator passes a static function, so computing
    /// the commission allocates no closure.
    /// </summary>
    /// <param name="amount">The exact amount, before the entry's single rounding.</param>
    /// <param name="input">What the commission was computed from.</param>
    /// <param name="derive">Builds the derivation of the arithmetic from the same input.</param>
    public Commission(ExactAmount amount, CalculationInput input, Func<CalculationInput, Derivation> derive)
    {
        Amount = amount;
        _input = input;
        _deriveFromInput = derive;
    }

    /// <summary>The exact amount, before the entry's single rounding.</summary>
    public ExactAmount Amount { get; }

    /// <summary>The arithmetic, without the result.</summary>
    public Derivation Derivation => _deriveFromInput is { } derive ? derive(_input!) : _derive!();

    /// <summary>Nothing earned.</summary>
    public static Commission Nothing(Func<Derivation> why) => new(ExactAmount.Zero, why);
}
