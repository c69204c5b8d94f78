using System.Linq.Expressions;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads from the order itself whether the store reversed it (voided, cancelled or deleted). The ledger learns this
/// from the order's events; recalculation, simulation and the missed-order check also read it here, for orders whose
/// event never reached the ledger (such as orders cancelled before the plugin was installed).
/// </summary>
public static class ReversedOrder
{
    /// <summary>The rule as a query over the store's orders.</summary>
    public static readonly Expression<Func<Order, bool>> InStoreQuery = order =>
        order.Deleted || order.OrderStatusId == (int)OrderStatus.Cancelled || order.PaymentStatusId == (int)PaymentStatus.Voided;

    /// <summary>The same rule turned round: the orders the store still stands by.</summary>
    public static readonly Expression<Func<Order, bool>> StandingQuery =
        Expression.Lambda<Func<Order, bool>>(Expression.Not(InStoreQuery.Body), InStoreQuery.Parameters);

    private static readonly Func<Order, bool> _inStore = InStoreQuery.Compile();

    /// <summary>True when the store shows the order voided, cancelled or deleted.</summary>
    public static bool InStore(Order order) => _inStore(order);

    /// <summary>The event that reversed an order the store shows reversed: its deletion, else its cancellation, else its void.</summary>
    public static OrderEventKind KindOf(Order order) =>
        order.Deleted ? OrderEventKind.Deleted
        : order.OrderStatus == OrderStatus.Cancelled ? OrderEventKind.Cancelled
        : OrderEventKind.Voided;
}
