using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>A Direct commission after the program's caps (rules §3.4).</summary>
/// <param name="Exact">The exact amount after the caps, before the entry's single rounding.</param>
/// <param name="Amount">The entry amount, rounded once to the cent; 0 writes no entry.</param>
/// <param name="Cuts">How the caps cut the commission; null when no cap cut it.</param>
public readonly record struct CappedCommission(decimal Exact, decimal Amount, IReadOnlyList<Derivation>? Cuts);
