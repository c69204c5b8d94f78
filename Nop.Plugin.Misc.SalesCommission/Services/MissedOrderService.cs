using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Compares the store's orders with the plugin's event records: a paid order with no recorded payment, a refunded one
/// with no recorded refund, a cancelled, voided or deleted paid one with no recorded reversal. Each missed event is
/// recorded and processed through the event log as if it had just arrived, so it is paid (or taken back) once, by the
/// same decision, and a failure stays visible for the retry task.
/// </summary>
public class MissedOrderService : IMissedOrderService
{
    #region Fields

    private static readonly int[] ReversalKinds = [(int)OrderEventKind.Voided, (int)OrderEventKind.Cancelled, (int)OrderEventKind.Deleted];

    private readonly IOrderEventLog _orderEventLog;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<OrderEventRecord> _eventRecordRepository;
    private readonly SalesCommissionSettings _settings;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public MissedOrderService(IOrderEventLog orderEventLog,
        IRepository<Order> orderRepository,
        IRepository<OrderEventRecord> eventRecordRepository,
        SalesCommissionSettings settings)
    {
        _orderEventLog = orderEventLog;
        _orderRepository = orderRepository;
        _eventRecordRepository = eventRecordRepository;
        _settings = settings;
    }

    #endregion

    #region Utilities

    private IQueryable<Order> PaidSince()
    {
        var fromUtc = _settings.TakeInOrdersPaidSinceUtc ?? DateTime.MaxValue;
        return _orderRepository.Table.Where(order => order.PaidDateUtc != null && order.PaidDateUtc >= fromUtc);
    }

    private IQueryable<Order> WithoutRecord(IQueryable<Order> orders, params int[] kinds) =>
        orders.Where(order => !_eventRecordRepository.Table.Any(record => record.OrderId == order.Id && kinds.Contains(record.EventTypeId)));

    private IQueryable<Order> MissedPayments() => WithoutRecord(PaidSince(), (int)OrderEventKind.Paid);

    private IQueryable<Order> MissedRefunds() => WithoutRecord(PaidSince().Where(order => order.RefundedAmount > 0), (int)OrderEventKind.Refunded);

    private IQueryable<Order> MissedReversals() => WithoutRecord(PaidSince().Where(ReversedOrder.InStoreQuery), ReversalKinds);

    private async Task<int> TakeInAsync(IQueryable<Order> missed, int max, Func<Order, OrderEventKind> kindOf, Func<Order, decimal> amountOf)
    {
        var orders = await missed.OrderBy(order => order.PaidDateUtc).ThenBy(order => order.Id).Take(max).ToListAsync();
        foreach (var order in orders)
            await _orderEventLog.ProcessAsync(await _orderEventLog.RecordAsync(order, kindOf(order), amountOf(order)), order);

        return orders.Count;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<int> CountMissedAsync()
    {
        return await MissedPayments().CountAsync() + await MissedRefunds().CountAsync() + await MissedReversals().CountAsync();
    }

    /// <inheritdoc />
    public virtual async Task<int> TakeInMissedAsync(int maxOrders = 500)
    {
        //a refund or reversal follows the payment it takes back, so payments go first
        var taken = await TakeInAsync(MissedPayments(), maxOrders, _ => OrderEventKind.Paid, _ => 0m);
        taken += await TakeInAsync(MissedRefunds(), maxOrders, _ => OrderEventKind.Refunded, order => order.RefundedAmount);
        taken += await TakeInAsync(MissedReversals(), maxOrders, ReversedOrder.KindOf, _ => 0m);
        return taken;
    }

    #endregion
}
