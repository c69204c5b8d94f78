namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>The key figures of a rep or a team for one period, rounded once each for showing.</summary>
/// <param name="Id">The rep, or the manager who leads the team.</param>
/// <param name="Commission">The net of the entries dated in the period.</param>
/// <param name="CreditedSales">The credited net sales of the orders paid in the period, rounded to the cent.</param>
/// <param name="Orders">How many orders were credited in the period (an order split within a team counts once).</param>
/// <param name="AverageOrderValue">Credited sales ÷ orders, rounded once; null without orders.</param>
/// <param name="AttainmentPercent">
/// Attainment of the period's staff targets (<see cref="Targets.TargetAttainment.ShownPercent"/>); for a team its
/// members' targets and credited sales together; null when nobody counted has a target for exactly this period.
/// </param>
public sealed record KpiLine(string Id, decimal Commission, decimal CreditedSales, int Orders, decimal? AverageOrderValue,
    decimal? AttainmentPercent);
