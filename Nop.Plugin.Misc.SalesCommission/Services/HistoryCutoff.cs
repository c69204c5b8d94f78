using System.Linq.Expressions;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Where the history read before a plan ends: before the start of a run's range of paid dates, or before one order
/// (paid earlier, or at the same instant with a lower order id; rules §9.6).
/// </summary>
public sealed class HistoryCutoff
{
    private HistoryCutoff(DateTime paidAtUtc, int? orderId)
    {
        PaidAtUtc = paidAtUtc;
        OrderId = orderId;
    }

    /// <summary>The paid time the history ends at.</summary>
    public DateTime PaidAtUtc { get; }

    /// <summary>The order the history ends before (its own payment and later ones at the same instant are not history), if any.</summary>
    public int? OrderId { get; }

    /// <summary>The history before a run's range: all that was paid before its start.</summary>
    public static HistoryCutoff Before(DateTime fromUtc) => new(fromUtc, null);

    /// <summary>The history before an order (an unpaid order has all paid orders before it).</summary>
    public static HistoryCutoff Before(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(order.PaidDateUtc ?? DateTime.MaxValue, order.Id);
    }

    /// <summary>The paid orders earlier than the cutoff (deleted ones included).</summary>
    internal Expression<Func<Order, bool>> EarlierOrders
    {
        get
        {
            var paidAt = PaidAtUtc;
            if (OrderId is not { } orderId)
                return other => other.PaidDateUtc != null && other.PaidDateUtc < paidAt;

            return other => other.Id != orderId
                            && other.PaidDateUtc != null
                            && (other.PaidDateUtc < paidAt || (other.PaidDateUtc == paidAt && other.Id < orderId));
        }
    }

    /// <summary>The credited sales of orders earlier than the cutoff.</summary>
    internal Expression<Func<StaffCreditedSale, bool>> EarlierSales
    {
        get
        {
            var paidAt = PaidAtUtc;
            if (OrderId is not { } orderId)
                return sale => sale.PaidOnUtc < paidAt;

            return sale => sale.OrderId != orderId
                           && (sale.PaidOnUtc < paidAt || (sale.PaidOnUtc == paidAt && sale.OrderId < orderId));
        }
    }
}
