namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>What one order line earns under one rule; the rule words the derivation when it is asked for.</summary>
/// <typeparam name="TRule">The rule type.</typeparam>
/// <param name="Amount">The line's exact commission.</param>
/// <param name="Rule">The rule that pays it; null for a program's default.</param>
public readonly record struct LinePay<TRule>(ExactAmount Amount, TRule? Rule)
    where TRule : class;
