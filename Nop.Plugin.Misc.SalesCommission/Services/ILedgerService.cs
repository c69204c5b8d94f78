using System.Linq.Expressions;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Keeps the commission ledger in step with the order lifecycle (rules §5): asks the engine what a paid, refunded
/// or reversed order writes and stores it, once.
/// </summary>
public interface ILedgerService
{
    /// <summary>Writes the Direct and Override entries and the period credits of a paid order, unless they are written already.</summary>
    /// <param name="order">The paid order.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    Task HandlePaidAsync(Order order);

    /// <summary>Writes the clawbacks of a refund; the order's RefundedAmount already includes it.</summary>
    /// <param name="order">The refunded order.</param>
    /// <param name="amount">The amount of this refund.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    Task HandleRefundedAsync(Order order, decimal amount);

    /// <summary>Writes the reversals of a paid order that was voided, cancelled or deleted, unless it was reversed already.</summary>
    /// <param name="order">The order.</param>
    /// <param name="reason">What happened ("voided", "cancelled", "deleted").</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    Task HandleReversedAsync(Order order, string reason);

    /// <summary>Records an order event as received (Pending).</summary>
    /// <param name="order">The order.</param>
    /// <param name="type">What happened to it.</param>
    /// <param name="amount">A refund's amount; 0 otherwise.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the record.</returns>
    Task<OrderEventRecord> RecordEventAsync(Order order, OrderEventType type, decimal amount = 0m);

    /// <summary>
    /// Processes a recorded order event and marks it Processed, or Failed with the error (logged as a warning) so that
    /// it stays visible and is retried. Events other than Paid wait until the order's Paid event is processed.
    /// </summary>
    /// <param name="record">The event record.</param>
    /// <param name="order">The order when the caller has it; null to load it.</param>
    /// <returns>A task that represents the asynchronous operation. The task result is true when the event was processed.</returns>
    Task<bool> ProcessEventAsync(OrderEventRecord record, Order order = null);

    /// <summary>Gets an order's ledger entries in the order they were written.</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the entries.</returns>
    Task<IList<CommissionEntry>> GetOrderEntriesAsync(int orderId);

    /// <summary>
    /// Gets where an order stands for the ledger: its total, cumulative refund, and whether it was reversed (it has
    /// Reversal entries or a processed void, cancellation or deletion).
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="entries">The order's entries.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the state.</returns>
    Task<OrderLedgerState> GetLedgerStateAsync(Order order, IEnumerable<CommissionEntry> entries);

    /// <summary>
    /// Asks the engine what a paid order earns, with period-ladder totals read from the stored period credits of the
    /// orders paid before it (same instant: lower id), and accelerators measured against the stored credited sales of
    /// the orders paid before it in each target's period.
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="setup">The setup covering the order.</param>
    /// <param name="snapshot">The order's snapshot.</param>
    /// <param name="countedOrders">Limits which earlier orders' stored credits count; null for all.</param>
    /// <param name="runTotalBefore">Adds credits not stored (yet), such as those of a recalculation run; null for none.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the engine's plan.</returns>
    Task<PaidOrderPlan> PlanPaidOrderAsync(Order order, CommissionSetup setup, OrderSnapshot snapshot,
        Expression<Func<Order, bool>> countedOrders = null, Func<PeriodKey, decimal> runTotalBefore = null);

    /// <summary>Converts a stored entry into the engine's entry.</summary>
    /// <param name="entry">The stored entry.</param>
    /// <returns>The engine's entry.</returns>
    LedgerEntry ToLedgerEntry(CommissionEntry entry);

    /// <summary>
    /// Stores new Pending entries of an order, each numbered after the entries of its order, program, beneficiary,
    /// kind and level. Joins the caller's transaction.
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="existing">The order's entries already stored.</param>
    /// <param name="entries">The engine's entries to store.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the stored rows.</returns>
    Task<IList<CommissionEntry>> InsertEntriesAsync(Order order, IEnumerable<CommissionEntry> existing, IEnumerable<LedgerEntry> entries);

    /// <summary>Stores what an order adds to period totals. Joins the caller's transaction.</summary>
    /// <param name="order">The order.</param>
    /// <param name="contributions">The engine's contributions.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    Task InsertPeriodCreditsAsync(Order order, IEnumerable<PeriodContribution> contributions);

    /// <summary>
    /// Stores an order's credited sales (what targets are measured against), skipping staff members whose credited
    /// sale of the order is stored already. Joins the caller's transaction.
    /// </summary>
    /// <param name="order">The paid order.</param>
    /// <param name="creditedSales">The engine's credited sales of the order.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    Task InsertCreditedSalesAsync(Order order, IReadOnlyList<CreditedSale> creditedSales);
}
