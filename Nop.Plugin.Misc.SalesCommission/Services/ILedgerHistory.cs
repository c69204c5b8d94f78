using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Loads what the engine reads of the ledger's history: an order's ledger, and the history a payment is planned on.</summary>
public interface ILedgerHistory
{
    /// <summary>What the ledger holds of an order when one of its events is processed.</summary>
    /// <param name="order">The order.</param>
    /// <param name="record">The event being processed (its own record does not count as an earlier one).</param>
    /// <param name="entries">The order's entries as stored.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the order's ledger history.</returns>
    Task<OrderLedgerHistory> GetOrderHistoryAsync(Order order, OrderEventRecord record, IList<CommissionEntry> entries);

    /// <summary>
    /// The payments of other orders paid before this one (paid time, then order id) whose events are recorded but still
    /// pending, in paid order: orders paid at nearly the same moment whose requests have not reached the ledger yet.
    /// </summary>
    /// <param name="order">The order being paid.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains each pending record with its order.</returns>
    Task<IList<(OrderEventRecord Record, Order Order)>> GetPaymentsOnTheirWayBeforeAsync(Order order);

    /// <summary>
    /// Plans a payment with the engine on the history it names (the client's order rank, period totals, targets'
    /// credited sales, period caps), each loaded once.
    /// </summary>
    /// <param name="order">The paid order.</param>
    /// <param name="setup">The commission setup.</param>
    /// <param name="snapshot">The order as the engine reads it.</param>
    /// <param name="scope">The history to plan on; the stored ledger when null. A run's scope takes the plan in.</param>
    /// <param name="credit">The order's crediting (the engine's <c>CreditingChoice</c>); credited from the setup when null.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the plan.</returns>
    Task<PaidOrderPlan> PlanPaymentAsync(Order order, CommissionSetup setup, OrderSnapshot snapshot, HistoryScope scope = null,
        OrderCredit credit = null);
}
