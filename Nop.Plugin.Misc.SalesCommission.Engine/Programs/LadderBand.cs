namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>A band [From, To) of a ladder, paying a rate or a fixed amount.</summary>
/// <param name="From">Where the band starts (inclusive).</param>
/// <param name="To">Where it ends (exclusive): the next band's start; for the last band null (open-ended) or the cap on the base (rules §3.4).</param>
/// <param name="Rate">The rate in percent, or null when the band pays a fixed amount.</param>
/// <param name="Fixed">The fixed amount, or null when the band pays a rate.</param>
public sealed record LadderBand(decimal From, decimal? To, decimal? Rate, decimal? Fixed);
