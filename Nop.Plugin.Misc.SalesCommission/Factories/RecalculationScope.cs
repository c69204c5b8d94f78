namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>What a recalculation form asks for, in UTC: a paid-date range, or order ids.</summary>
/// <param name="FromUtc">Orders paid on or after; null for no limit.</param>
/// <param name="ToUtc">Orders paid before (exclusive); null for no limit.</param>
/// <param name="OrderIds">The orders; null to take them by paid date.</param>
public sealed record RecalculationScope(DateTime? FromUtc, DateTime? ToUtc, IReadOnlyCollection<int> OrderIds);
