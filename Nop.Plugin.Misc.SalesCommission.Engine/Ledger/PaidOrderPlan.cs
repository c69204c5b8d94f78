using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>What a paid order earns: who was credited, the Direct and Override entries, its period-ladder contributions and its credited sales.</summary>
/// <param name="Credit">Who was credited.</param>
/// <param name="Entries">Direct entries, then Override entries (amounts of 0.00 are never planned).</param>
/// <param name="Contributions">What the order adds to period totals.</param>
/// <param name="CreditedSales">What the order adds to each credited staff member's attainment (rules §7).</param>
public sealed record PaidOrderPlan(
    OrderCredit Credit,
    IReadOnlyList<LedgerEntry> Entries,
    IReadOnlyList<PeriodContribution> Contributions,
    IReadOnlyList<CreditedSale> CreditedSales);
