using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>What a paid order earns: who was credited, the Direct and Override entries, and its period-ladder contributions.</summary>
/// <param name="Credit">Who was credited.</param>
/// <param name="Entries">Direct entries, then Override entries (amounts of 0.00 are never planned).</param>
/// <param name="Contributions">What the order adds to period totals.</param>
public sealed record PaidOrderPlan(OrderCredit Credit, IReadOnlyList<LedgerEntry> Entries, IReadOnlyList<PeriodContribution> Contributions);
