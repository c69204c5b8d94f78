namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>A recalculation asked for: its orders, and the days or order ids as the manager entered them.</summary>
/// <param name="Range">The orders.</param>
/// <param name="FromDate">The first day entered, in the manager's calendar.</param>
/// <param name="ToDate">The last day entered, in the manager's calendar.</param>
/// <param name="OrderIds">The order ids entered.</param>
/// <param name="CreditAgain">True to credit the orders again with today's assignments.</param>
public sealed record RecalculationJobRequest(PaidOrderRange Range, DateTime? FromDate, DateTime? ToDate, string OrderIds,
    bool CreditAgain = false);
