using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads from the order itself whether the store reversed it (voided, cancelled or deleted). The ledger learns this
/// from the order's events; recalculation and simulation also read it here, for orders whose event never reached
/// the ledger (such as orders cancelled before the plugin was installed).
/// </summary>
public static class ReversedOrder
{
    /// <summary>True when the store shows the order voided, cancelled or deleted.</summary>
    public static bool InStore(Order order) =>
        order.Deleted || order.OrderStatus == OrderStatus.Cancelled || order.PaymentStatus == PaymentStatus.Voided;
}
