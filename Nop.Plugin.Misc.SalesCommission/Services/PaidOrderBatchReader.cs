using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads paid orders batch by batch with a key on (paid date, id), so every batch is one indexed range read whatever
/// its position; each batch brings its lines, sellers, setup and stored credited sales in a handful of queries.
/// </summary>
public class PaidOrderBatchReader : IPaidOrderBatchReader
{
    #region Fields

    private readonly ICommissionSetupBuilder _setupBuilder;
    private readonly IOrderSnapshotBuilder _snapshotBuilder;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<OrderItem> _orderItemRepository;
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the reader.</summary>
    public PaidOrderBatchReader(ICommissionSetupBuilder setupBuilder,
        IOrderSnapshotBuilder snapshotBuilder,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository)
    {
        _setupBuilder = setupBuilder;
        _snapshotBuilder = snapshotBuilder;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _creditedSaleRepository = creditedSaleRepository;
    }

    #endregion

    #region Utilities

    private IQueryable<Order> PaidOrders(PaidOrderRange range)
    {
        //deleted orders stay in: their entries are reversed, and their credits still count toward period totals
        var query = _orderRepository.Table.Where(order => order.PaidDateUtc != null);
        if (range.OrderIds is { } orderIds)
            return query.Where(order => orderIds.Contains(order.Id));

        if (range.FromUtc is { } from)
            query = query.Where(order => order.PaidDateUtc >= from);
        if (range.ToUtc is { } to)
            query = query.Where(order => order.PaidDateUtc < to);

        return query;
    }

    private async Task<List<Order>> GetNextOrdersAsync(PaidOrderRange range, Order last, int batchSize)
    {
        var query = PaidOrders(range);
        if (last is not null)
        {
            var lastPaid = last.PaidDateUtc;
            var lastId = last.Id;
            query = query.Where(order => order.PaidDateUtc > lastPaid || (order.PaidDateUtc == lastPaid && order.Id > lastId));
        }

        return await query
            .OrderBy(order => order.PaidDateUtc)
            .ThenBy(order => order.Id)
            .Take(batchSize)
            .ToListAsync();
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<int> CountAsync(PaidOrderRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return await PaidOrders(range).CountAsync();
    }

    /// <inheritdoc />
    public virtual async IAsyncEnumerable<PaidOrderBatch> ReadAsync(PaidOrderRange range, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        Order last = null;
        while (await GetNextOrdersAsync(range, last, batchSize) is { Count: > 0 } orders)
        {
            var orderIds = orders.Select(order => order.Id).ToArray();
            var items = await _orderItemRepository.Table.Where(item => orderIds.Contains(item.OrderId)).ToListAsync();
            var setup = await _setupBuilder.BuildAsync(orders, items);
            var snapshots = await _snapshotBuilder.BuildAsync(orders, items);
            var creditedSales = (await _creditedSaleRepository.Table
                    .Where(sale => orderIds.Contains(sale.OrderId))
                    .OrderBy(sale => sale.Id)
                    .ToListAsync())
                .ToLookup(sale => sale.OrderId);

            yield return new PaidOrderBatch(orders, setup, snapshots, creditedSales);
            last = orders[^1];
        }
    }

    #endregion
}
