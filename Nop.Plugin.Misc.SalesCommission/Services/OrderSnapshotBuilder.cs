using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Turns nopCommerce orders into engine snapshots: amounts as stored (primary store currency), lines from the
/// order items, and the explicit seller assignment when a manager made one.
/// </summary>
public class OrderSnapshotBuilder : IOrderSnapshotBuilder
{
    #region Fields

    private readonly LedgerHistoryQueries _queries;
    private readonly IRepository<OrderSellerAssignment> _sellerAssignmentRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the builder.</summary>
    public OrderSnapshotBuilder(LedgerHistoryQueries queries,
        IRepository<OrderSellerAssignment> sellerAssignmentRepository)
    {
        _queries = queries;
        _sellerAssignmentRepository = sellerAssignmentRepository;
    }

    #endregion

    #region Utilities

    private static OrderSnapshot ToSnapshot(Order order, IEnumerable<OrderItem> items, IEnumerable<OrderSellerAssignment> sellers)
    {
        var shares = sellers
            .OrderBy(seller => seller.Id)
            .Select(seller => new StaffShare(EngineId.Of(seller.StaffCustomerId), seller.Split))
            .ToList();

        return new OrderSnapshot(
            EngineId.Of(order.Id),
            EngineId.Of(order.CustomerId),
            EngineId.Of(order.StoreId),
            order.AffiliateId == 0 ? null : EngineId.Of(order.AffiliateId),
            order.PaidDateUtc,
            shares.Count == 0 ? null : shares,
            order.OrderSubtotalExclTax,
            order.OrderSubTotalDiscountExclTax,
            order.OrderDiscount,
            order.OrderTotal,
            items
                .OrderBy(item => item.Id)
                .Select(item => new OrderLine(EngineId.Of(item.ProductId), item.Quantity, item.PriceExclTax, item.OriginalProductCost))
                .ToList());
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<OrderSnapshot> BuildAsync(Order order, IEnumerable<OrderItem> items)
    {
        ArgumentNullException.ThrowIfNull(order);

        var snapshots = await BuildAsync([order], (items ?? []).ToList());
        return snapshots[order.Id];
    }

    /// <inheritdoc />
    public virtual async Task<IDictionary<int, OrderSnapshot>> BuildAsync(IReadOnlyCollection<Order> orders, IReadOnlyCollection<OrderItem> items)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(items);

        var orderIds = orders.Select(order => order.Id).ToArray();
        var sellers = await _sellerAssignmentRepository.Table
            .Where(seller => orderIds.Contains(seller.OrderId))
            .ToListAsync();

        var itemsByOrder = items.ToLookup(item => item.OrderId);
        var sellersByOrder = sellers.ToLookup(seller => seller.OrderId);

        return orders.ToDictionary(order => order.Id, order => ToSnapshot(order, itemsByOrder[order.Id], sellersByOrder[order.Id]));
    }

    /// <inheritdoc />
    public virtual async Task<int> GetClientOrderRankAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        var paidBefore = await _queries.EarlierOrders(HistoryCutoff.Before(order))
            .Where(other => other.CustomerId == order.CustomerId && other.StoreId == order.StoreId)
            .CountAsync();

        return paidBefore + 1;
    }

    #endregion
}
