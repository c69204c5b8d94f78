using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// The log of order events: each is recorded before it is processed, so that one the plugin could not process stays
/// visible (Failed, with its error) and is retried.
/// </summary>
public interface IOrderEventLog
{
    /// <summary>Records an event as pending.</summary>
    /// <param name="order">The order.</param>
    /// <param name="type">What happened.</param>
    /// <param name="amount">A refund's amount; 0 otherwise.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the record.</returns>
    Task<OrderEventRecord> RecordAsync(Order order, OrderEventKind type, decimal amount = 0m);

    /// <summary>Processes a recorded event: Processed when the ledger follows it, Failed (with the error, logged) otherwise.</summary>
    /// <param name="record">The record.</param>
    /// <param name="order">The order, when at hand.</param>
    /// <returns>A task that represents the asynchronous operation. The task result is true when it was processed.</returns>
    Task<bool> ProcessAsync(OrderEventRecord record, Order order = null);
}
