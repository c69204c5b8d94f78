using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>
/// Plays a scenario's timeline through the same planners a host uses (rules §5): each order is paid at its
/// paidAt, then the events apply in time order (ties: paid events first, then listed order); a date-only event applies
/// at the end of its day (rules §9.11).
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Runs a validated scenario.</summary>
    public static ScenarioResult Run(CommissionScenario scenario)
    {
        var orders = scenario.Orders.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var ranks = ClientOrderRanks(scenario.Orders);
        var ledger = new List<LedgerEntry>();
        var byOrder = scenario.Orders.ToDictionary(o => o.Id, _ => new List<LedgerEntry>(), StringComparer.Ordinal);
        var states = new Dictionary<string, OrderLedgerState>(StringComparer.Ordinal);
        var periodTotals = new Dictionary<PeriodKey, decimal>();
        var uncredited = new HashSet<string>(StringComparer.Ordinal);
        var creditedSales = new List<CreditedSale>();

        foreach (var e in Timeline(scenario))
        {
            var order = orders[e.OrderId];
            var entries = byOrder[order.Id];
            states.TryGetValue(order.Id, out var state);
            IReadOnlyList<LedgerEntry> written = [];

            switch (e.Type)
            {
                case ScenarioEventType.Paid when order.PaidAtUtc is not null && state is null:
                    var plan = PaidOrderPlanner.Plan(scenario.Setup, order, ranks[order.Id], key => periodTotals.GetValueOrDefault(key),
                        target => CreditedBefore(scenario.Setup, target, creditedSales));
                    creditedSales.AddRange(plan.CreditedSales);
                    foreach (var contribution in plan.Contributions)
                        periodTotals[contribution.Key] = periodTotals.GetValueOrDefault(contribution.Key) + contribution.Amount;
                    if (plan.Credit.IsUncredited)
                        uncredited.Add(order.Id);
                    states[order.Id] = new OrderLedgerState(order.Total, 0m, false);
                    written = plan.Entries;
                    break;
                case ScenarioEventType.Refund when state is { Reversed: false }:
                    state = state with { RefundedAmount = state.RefundedAmount + e.Amount };
                    states[order.Id] = state;
                    written = ClawbackPlanner.Plan(entries, state, e.Amount);
                    break;
                case ScenarioEventType.Void or ScenarioEventType.Cancel when state is { Reversed: false }:
                    written = ReversalPlanner.Plan(entries, false, e.Type == ScenarioEventType.Void ? "voided" : "cancelled");
                    states[order.Id] = state with { Reversed = true };
                    break;
            }

            entries.AddRange(written);
            ledger.AddRange(written);
        }

        var totals = ledger
            .GroupBy(e => (e.BeneficiaryType, e.BeneficiaryId))
            .Select(g => new BeneficiaryTotal(g.Key.BeneficiaryType, g.Key.BeneficiaryId, Money.Round(g.Sum(e => e.Amount))))
            .OrderBy(t => t.BeneficiaryId, IdOrder.Instance)
            .ThenBy(t => t.BeneficiaryType)
            .ToList();
        return new ScenarioResult(ledger, totals, scenario.Orders.Where(o => uncredited.Contains(o.Id)).Select(o => o.Id).ToList());
    }

    /// <summary>A target's credited NetSales of the orders paid before this one (they are paid in time order).</summary>
    private static decimal CreditedBefore(CommissionSetup setup, SalesTarget target, List<CreditedSale> creditedSales)
    {
        var counted = setup.StaffCountedToward(target);
        return creditedSales.Where(sale => counted.Contains(sale.StaffId) && target.Covers(sale.PaidAtUtc)).Sum(sale => sale.NetSales);
    }

    private static IEnumerable<ScenarioEvent> Timeline(CommissionScenario scenario)
    {
        var payments = scenario.Orders
            .Where(o => o.PaidAtUtc is not null)
            .OrderBy(o => o.PaidAtUtc)
            .ThenBy(o => o.Id, IdOrder.Instance)
            .Select(o => new ScenarioEvent(ScenarioEventType.Paid, o.Id, o.PaidAtUtc!.Value, 0m));
        return payments.Concat(scenario.Events).OrderBy(e => e.TimelineAtUtc).ToList();
    }

    /// <summary>
    /// Each paid order's position among its client's paid orders in the same store, by paid date then order id
    /// (rules §3.2.4); an order counts once paid, whatever happens to it later.
    /// </summary>
    private static Dictionary<string, int> ClientOrderRanks(IReadOnlyList<OrderSnapshot> orders)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var clientOrders in orders.Where(o => o.PaidAtUtc is not null).GroupBy(o => (o.ClientId, o.StoreId)))
        {
            var rank = 0;
            foreach (var order in clientOrders.OrderBy(o => o.PaidAtUtc).ThenBy(o => o.Id, IdOrder.Instance))
                ranks[order.Id] = ++rank;
        }

        return ranks;
    }
}
