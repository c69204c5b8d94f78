namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// A beneficiary's unrounded commission on one order under one program, with how it was derived. The derivation is
/// rendered only when asked for, i.e. for an entry that is planned, never for a candidate that loses or rounds to 0.
/// </summary>
public sealed class Commission
{
    private readonly Func<string> _derive;

    /// <summary>Creates a commission.</summary>
    /// <param name="amount">The exact amount, before the entry's single rounding.</param>
    /// <param name="derive">Renders the arithmetic, in words a rep can check ("3000.00×2% + 525.00×4%").</param>
    public Commission(ExactAmount amount, Func<string> derive)
    {
        Amount = amount;
        _derive = derive;
    }

    /// <summary>The exact amount, before the entry's single rounding.</summary>
    public ExactAmount Amount { get; }

    /// <summary>The arithmetic, in words a rep can check, without the result.</summary>
    public string Derivation => _derive();

    /// <summary>Nothing earned.</summary>
    public static Commission Nothing(Func<string> why) => new(ExactAmount.Zero, why);
}
