using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>What the figures of a leaderboard are computed from, as the store hands it in.</summary>
/// <param name="Commissions">The staff members' commission per month.</param>
/// <param name="Sales">
/// The credited net sales of the orders paid in the months asked for: each order once per credited staff member, the
/// orders the store has reversed (cancelled, voided, deleted) left out, as every report counts them.
/// </param>
/// <param name="Attainments">The attainment of the staff targets of the period, each measured as the targets page measures it.</param>
public sealed record PerformanceRows(
    IReadOnlyList<StaffMonthCommission> Commissions,
    IReadOnlyList<CreditedSale> Sales,
    IReadOnlyList<TargetAttainment> Attainments);
