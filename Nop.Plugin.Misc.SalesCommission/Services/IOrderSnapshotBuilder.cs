using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Turns nopCommerce orders into the engine's <see cref="OrderSnapshot"/> and tells where an order stands among
/// its client's paid orders.
/// </summary>
public interface IOrderSnapshotBuilder
{
    /// <summary>Builds the snapshot of one order, with its items and explicit sellers.</summary>
    /// <param name="order">The order.</param>
    /// <param name="items">The order's items.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the snapshot.</returns>
    Task<OrderSnapshot> BuildAsync(Order order, IEnumerable<OrderItem> items);

    /// <summary>Builds the snapshots of several orders at once.</summary>
    /// <param name="orders">The orders.</param>
    /// <param name="items">Their items.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the snapshots by order id.</returns>
    Task<IDictionary<int, OrderSnapshot>> BuildAsync(IReadOnlyCollection<Order> orders, IReadOnlyCollection<OrderItem> items);

    /// <summary>
    /// The order's position (1-based) among its client's paid orders in the same store, by paid date then order id;
    /// orders paid before the plugin was installed count, and so do paid orders cancelled, refunded or deleted later
    /// (rules §3.2.4: an order counts once paid).
    /// </summary>
    /// <param name="order">The order.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the rank.</returns>
    Task<int> GetClientOrderRankAsync(Order order);
}
