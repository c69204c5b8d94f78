namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>A beneficiary's unrounded commission on one order under one program, with how it was derived.</summary>
/// <param name="Amount">The exact amount, before the entry's single rounding.</param>
/// <param name="Derivation">The arithmetic, in words a rep can check ("3000.00×2% + 525.00×4%").</param>
public sealed record Commission(ExactAmount Amount, string Derivation)
{
    /// <summary>Nothing earned.</summary>
    public static Commission Nothing(string why) => new(ExactAmount.Zero, why);
}
