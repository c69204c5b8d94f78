namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>One month of a trend chart.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Figures">The month's key figures.</param>
public sealed record TrendPoint(DateOnly Month, KpiLine Figures);
