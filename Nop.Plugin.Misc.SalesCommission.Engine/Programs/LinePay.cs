namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>What one order line earns under one rule, and how (rendered only when asked for).</summary>
/// <param name="Amount">The line's exact commission.</param>
/// <param name="Derive">Renders the line's arithmetic ("200.00×10% (Shoes)").</param>
public readonly record struct LinePay(ExactAmount Amount, Func<string> Derive)
{
    /// <summary>The line's arithmetic.</summary>
    public string Derivation => Derive();
}
