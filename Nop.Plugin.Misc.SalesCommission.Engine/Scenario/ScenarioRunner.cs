using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>
/// Plays a scenario's timeline through the same decision a host uses (<see cref="OrderEventDecision"/>, rules §5): each order is paid at its
/// paidAt, then the events apply in time order (ties: paid events first, then listed order); a date-only event applies
/// at the end of its day (rules §9.11). A scenario closes no month, so every entry is dated by its order.
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
        var capPaid = new Dictionary<CapKey, decimal>();
        var programs = scenario.Setup.Programs.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var uncredited = new HashSet<string>(StringComparer.Ordinal);
        var creditedSales = new List<CreditedSale>();

        foreach (var e in Timeline(scenario))
        {
            var order = orders[e.OrderId];
            var entries = byOrder[order.Id];
            states.TryGetValue(order.Id, out var state);
            var history = new OrderLedgerHistory(entries, state is not null, false, state?.Reversed ?? false, order.Total);
            var refundedAfter = (state?.RefundedAmount ?? 0m) + e.Amount;
            var outcome = OrderEventDecision.Decide(KindOf(e.Type), history, refundedAfter, e.Amount, () =>
                PaidOrderPlanner.Plan(scenario.Setup, order, ranks[order.Id], key => periodTotals.GetValueOrDefault(key),
                    target => CreditedBefore(scenario.Setup, target, creditedSales), key => capPaid.GetValueOrDefault(key)), ClosedMonths.None);

            if (outcome.Payment is { } plan)
            {
                creditedSales.AddRange(plan.CreditedSales);
                foreach (var entry in plan.Entries.Where(entry => entry.Kind == EntryKind.Direct))
                {
                    if (CapKey.For(programs[entry.ProgramId], entry.BeneficiaryType, entry.BeneficiaryId, order.PaidAtUtc!.Value) is { } capKey)
                        capPaid[capKey] = capPaid.GetValueOrDefault(capKey) + entry.Amount;
                }

                foreach (var contribution in plan.Contributions)
                    periodTotals[contribution.Key] = periodTotals.GetValueOrDefault(contribution.Key) + contribution.Amount;
                if (plan.Credit.IsUncredited)
                    uncredited.Add(order.Id);
                states[order.Id] = new OrderLedgerState(order.Total, 0m, false);
            }
            else if (state is { Reversed: false })
            {
                states[order.Id] = e.Type == ScenarioEventType.Refund
                    ? state with { RefundedAmount = refundedAfter }
                    : state with { Reversed = e.Type is ScenarioEventType.Void or ScenarioEventType.Cancel };
            }

            entries.AddRange(outcome.Entries);
            ledger.AddRange(outcome.Entries);
        }

        var totals = ledger
            .GroupBy(e => (e.BeneficiaryType, e.BeneficiaryId))
            .Select(g => new BeneficiaryTotal(g.Key.BeneficiaryType, g.Key.BeneficiaryId, Money.Round(g.Sum(e => e.Amount))))
            .OrderBy(t => t.BeneficiaryId, IdOrder.Instance)
            .ThenBy(t => t.BeneficiaryType)
            .ToList();
        return new ScenarioResult(ledger, totals, scenario.Orders.Where(o => uncredited.Contains(o.Id)).Select(o => o.Id).ToList());
    }

    private static OrderEventKind KindOf(ScenarioEventType type) => type switch
    {
        ScenarioEventType.Paid => OrderEventKind.Paid,
        ScenarioEventType.Refund => OrderEventKind.Refunded,
        ScenarioEventType.Void => OrderEventKind.Voided,
        _ => OrderEventKind.Cancelled
    };

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
