using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>The ledger a scenario writes: its entries in the order written, totals per beneficiary and the uncredited orders.</summary>
/// <param name="Entries">Every entry, in the order written.</param>
/// <param name="Totals">Per beneficiary, ordered by id.</param>
/// <param name="UncreditedOrders">Paid orders no staff member is credited for, in listed order.</param>
public sealed record ScenarioResult(IReadOnlyList<LedgerEntry> Entries, IReadOnlyList<BeneficiaryTotal> Totals, IReadOnlyList<string> UncreditedOrders);
