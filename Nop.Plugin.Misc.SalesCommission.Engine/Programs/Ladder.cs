namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>A ladder: its mode, window and contiguous ascending bands starting at 0.</summary>
/// <param name="Mode">Marginal or whole-amount.</param>
/// <param name="Window">Per order or per calendar period.</param>
/// <param name="Bands">The bands, ascending; the last is open-ended unless its <c>To</c> caps the base (rules §3.4).</param>
public sealed record Ladder(LadderMode Mode, LadderWindow Window, IReadOnlyList<LadderBand> Bands);
