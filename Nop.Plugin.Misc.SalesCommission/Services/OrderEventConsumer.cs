using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Services.Events;
using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Listens to the order lifecycle (rules §5): payment, refunds, voids, cancellations and deletions of paid orders.
/// Each event is first recorded, then processed, so that a failure stays visible and is retried: the host logs and
/// swallows a consumer's exceptions, and a commission problem must never block a payment.
/// </summary>
public class OrderEventConsumer :
    IConsumer<OrderPaidEvent>,
    IConsumer<OrderRefundedEvent>,
    IConsumer<OrderVoidedEvent>,
    IConsumer<OrderStatusChangedEvent>,
    IConsumer<EntityDeletedEvent<Order>>
{
    #region Fields

    private readonly IOrderEventLog _orderEventLog;
    private readonly IPluginService _pluginService;

    #endregion

    #region Ctor

    /// <summary>Creates the consumer.</summary>
    public OrderEventConsumer(IOrderEventLog orderEventLog, IPluginService pluginService)
    {
        _orderEventLog = orderEventLog;
        _pluginService = pluginService;
    }

    #endregion

    #region Utilities

    /// <summary>Records and processes an event when the plugin is installed (consumers also run while it is only queued for install).</summary>
    private async Task RecordAndProcessAsync(Order order, OrderEventKind type, decimal amount = 0m)
    {
        var plugin = await _pluginService.GetPluginDescriptorBySystemNameAsync<IPlugin>(SalesCommissionDefaults.SystemName,
            LoadPluginsMode.InstalledOnly);
        if (plugin is null)
            return;

        var record = await _orderEventLog.RecordAsync(order, type, amount);
        await _orderEventLog.ProcessAsync(record, order);
    }

    private static bool WasPaid(Order order) => order?.PaidDateUtc is not null;

    #endregion

    #region Methods

    /// <summary>Handles a payment: the order earns its commission.</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task HandleEventAsync(OrderPaidEvent eventMessage)
    {
        if (eventMessage.Order is null)
            return;

        await RecordAndProcessAsync(eventMessage.Order, OrderEventKind.Paid);
    }

    /// <summary>Handles a refund: commission is clawed back in proportion.</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task HandleEventAsync(OrderRefundedEvent eventMessage)
    {
        if (!WasPaid(eventMessage.Order))
            return;

        await RecordAndProcessAsync(eventMessage.Order, OrderEventKind.Refunded, eventMessage.Amount);
    }

    /// <summary>Handles a void of a paid order: its commission is reversed.</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task HandleEventAsync(OrderVoidedEvent eventMessage)
    {
        if (!WasPaid(eventMessage.Order))
            return;

        await RecordAndProcessAsync(eventMessage.Order, OrderEventKind.Voided);
    }

    /// <summary>Handles a status change; only a paid order becoming cancelled concerns commission (the host has no cancel event).</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task HandleEventAsync(OrderStatusChangedEvent eventMessage)
    {
        if (!WasPaid(eventMessage.Order)
            || eventMessage.Order.OrderStatus != OrderStatus.Cancelled
            || eventMessage.PreviousOrderStatus == OrderStatus.Cancelled)
            return;

        await RecordAndProcessAsync(eventMessage.Order, OrderEventKind.Cancelled);
    }

    /// <summary>Handles the (soft) deletion of a paid order: its commission is reversed.</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task HandleEventAsync(EntityDeletedEvent<Order> eventMessage)
    {
        if (!WasPaid(eventMessage.Entity))
            return;

        await RecordAndProcessAsync(eventMessage.Entity, OrderEventKind.Deleted);
    }

    #endregion
}
