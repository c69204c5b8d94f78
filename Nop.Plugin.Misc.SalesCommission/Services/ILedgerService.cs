using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Keeps the commission ledger in step with the order lifecycle.</summary>
public interface ILedgerService
{
    /// <summary>
    /// Applies an order event to the ledger: the engine decides what it writes, and it is written once.
    /// Throws when the event must wait for the order's payment.
    /// </summary>
    /// <param name="record">The recorded event.</param>
    /// <param name="order">The order.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task ApplyAsync(OrderEventRecord record, Order order);
}
