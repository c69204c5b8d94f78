namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>An order event the plugin handles.</summary>
public enum OrderEventType
{
    /// <summary>OrderPaidEvent.</summary>
    Paid = 1,

    /// <summary>OrderRefundedEvent.</summary>
    Refunded = 2,

    /// <summary>OrderVoidedEvent.</summary>
    Voided = 3,

    /// <summary>OrderStatusChangedEvent to Cancelled.</summary>
    Cancelled = 4,

    /// <summary>The order was deleted.</summary>
    Deleted = 5
}
