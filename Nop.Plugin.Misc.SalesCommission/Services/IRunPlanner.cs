using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Plans a run's orders one after the other, in paid order, on the history before each: what the store holds of
/// the orders outside the run, plus what the run has planned so far. The engine decides; this only supplies history.
/// </summary>
public interface IRunPlanner
{
    /// <summary>Plans the next order of the run (every order of the run, in paid order, whether or not it is then written).</summary>
    /// <param name="order">The paid order.</param>
    /// <param name="setup">The commission setup.</param>
    /// <param name="snapshot">The order as the engine reads it.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the plan.</returns>
    /// <param name="credit">The crediting to plan with; null to credit with today's assignments.</param>
    Task<PaidOrderPlan> PlanAsync(Order order, CommissionSetup setup, OrderSnapshot snapshot, OrderCredit credit = null);

    /// <summary>
    /// Counts the credited sales an order of the run leaves in the store (those stored, or those the run writes) toward
    /// the targets of the orders after it.
    /// </summary>
    /// <param name="sales">The order's credited sales.</param>
    void CountCreditedSales(IEnumerable<CreditedSale> sales);
}
