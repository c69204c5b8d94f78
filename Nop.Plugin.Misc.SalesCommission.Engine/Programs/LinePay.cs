using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>What one order line earns under one rule, and how (built only when asked for).</summary>
/// <param name="Amount">The line's exact commission.</param>
/// <param name="Derive">Builds the line's derivation.</param>
public readonly record struct LinePay(ExactAmount Amount, Func<Derivation> Derive)
{
    /// <summary>The line's derivation.</summary>
    public Derivation Derivation => Derive();
}
