namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>A ladder band as entered: where it starts and ends and what it pays.</summary>
/// <param name="From">Where the band starts, or null when left empty.</param>
/// <param name="To">Where it ends, or null for "up to the next band" (the last band is open-ended).</param>
/// <param name="Rate">The rate in percent, or null.</param>
/// <param name="Fixed">The fixed amount, or null.</param>
public sealed record ProgramBandDraft(decimal? From, decimal? To, decimal? Rate, decimal? Fixed);
