using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// The history of a run over a range of paid dates, held in memory: what the store holds of the orders paid before the
/// range, read once (<see cref="RunHistoryBefore"/>), plus what the run's own orders add as they are planned in paid
/// order (period totals, Direct entries under period caps, credited sales toward targets, each client's paid orders).
/// Nothing is read per order, and what is kept is bounded by the store's clients, beneficiaries and periods.
/// </summary>
public sealed class RunHistory : IRunPlanner
{
    private readonly RunHistoryBefore _before;
    private readonly HistoryScope _scope;
    private readonly Dictionary<(string ClientId, string StoreId), int> _runOrders = [];
    private readonly Dictionary<string, decimal> _runCredited = new(StringComparer.Ordinal);

    /// <summary>Creates the history of a run from what came before it.</summary>
    /// <param name="before">What the store holds of the orders before the run.</param>
    /// <param name="fromUtc">The run's first paid time; null for all time.</param>
    public RunHistory(RunHistoryBefore before, DateTime? fromUtc)
    {
        _before = before ?? throw new ArgumentNullException(nameof(before));
        _scope = HistoryScope.Run(fromUtc, null);
    }

    /// <inheritdoc />
    public Task<PaidOrderPlan> PlanAsync(Order order, CommissionSetup setup, OrderSnapshot snapshot, OrderCredit credit = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(snapshot);

        //the order is one of its client's paid orders whether or not it can be planned
        var client = (snapshot.ClientId, snapshot.StoreId);
        var rank = _before.ClientOrdersOf(snapshot.ClientId, snapshot.StoreId) + _runOrders.GetValueOrDefault(client) + 1;
        _runOrders[client] = _runOrders.GetValueOrDefault(client) + 1;

        var plan = PaidOrderPlanner.Plan(setup, snapshot, rank,
            key => _before.PeriodTotalOf(key) + _scope.RunTotals.GetValueOrDefault(key),
            target => _before.CreditedOf(target) + _runCredited.GetValueOrDefault(target.Id),
            key => _before.CapPaidOf(key) + _scope.RunCapPaid.GetValueOrDefault(key), credit);
        _scope.TakeIn(plan, setup, snapshot.PaidAtUtc);

        return Task.FromResult(plan);
    }

    /// <inheritdoc />
    public void CountCreditedSales(IEnumerable<CreditedSale> sales)
    {
        ArgumentNullException.ThrowIfNull(sales);

        foreach (var sale in sales)
        {
            foreach (var target in _before.TargetsCounting(sale.StaffId))
            {
                if (DateOnly.FromDateTime(sale.PaidAtUtc) >= target.StartDate)
                    _runCredited[target.Id] = _runCredited.GetValueOrDefault(target.Id) + sale.NetSales;
            }
        }
    }
}
