using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Plans a run over chosen orders: the history outside the run differs from one order to the next, so each order's
/// history is read from the store as a payment's is (credited sales included, so each order is written before the
/// next is planned).
/// </summary>
public sealed class StoredHistoryRunPlanner : IRunPlanner
{
    private readonly ILedgerHistory _ledgerHistory;
    private readonly HistoryScope _scope;

    /// <summary>Creates the planner.</summary>
    /// <param name="ledgerHistory">The ledger's history.</param>
    /// <param name="scope">The run's scope.</param>
    public StoredHistoryRunPlanner(ILedgerHistory ledgerHistory, HistoryScope scope)
    {
        _ledgerHistory = ledgerHistory;
        _scope = scope;
    }

    /// <inheritdoc />
    public Task<PaidOrderPlan> PlanAsync(Order order, CommissionSetup setup, OrderSnapshot snapshot, OrderCredit credit = null) =>
        _ledgerHistory.PlanPaymentAsync(order, setup, snapshot, _scope, credit);

    /// <inheritdoc />
    public void CountCreditedSales(IEnumerable<CreditedSale> sales)
    {
        //read back from the store for the next order
    }
}
