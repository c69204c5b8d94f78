using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Orders' crediting as decided when they were paid (rules §2, §5): read for planning, written with the payment.</summary>
public interface IOrderCreditingStore
{
    /// <summary>The stored crediting of orders; an order without one (paid before crediting was kept) is missing.</summary>
    /// <param name="orderIds">The orders.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the crediting by order id.</returns>
    Task<IDictionary<int, OrderCredit>> GetAsync(IReadOnlyCollection<int> orderIds);

    /// <summary>Stores an order's crediting in place of the one it had (inside the caller's transaction).</summary>
    /// <param name="order">The order.</param>
    /// <param name="credit">The crediting.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task SaveAsync(Order order, OrderCredit credit);
}
