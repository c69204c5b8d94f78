using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// An order event the plugin received, and whether it was processed: a failed one stays visible and is retried.
/// </summary>
public class OrderEventRecord : BaseEntity
{
    /// <summary>The order.</summary>
    public int OrderId { get; set; }

    /// <summary>Paid, Refunded, Voided, Cancelled or Deleted (OrderEventKind).</summary>
    public int EventTypeId { get; set; }

    /// <summary>What happened, typed.</summary>
    public OrderEventKind EventType
    {
        get => (OrderEventKind)EventTypeId;
        set => EventTypeId = (int)value;
    }

    /// <summary>A refund's amount.</summary>
    public decimal Amount { get; set; }

    /// <summary>Pending, Processed or Failed (OrderEventStatus).</summary>
    public int StatusId { get; set; }

    /// <summary>Whether the event was processed, typed.</summary>
    public OrderEventStatus Status
    {
        get => (OrderEventStatus)StatusId;
        set => StatusId = (int)value;
    }

    /// <summary>How many times it was tried.</summary>
    public int Attempts { get; set; }

    /// <summary>The last error, or null.</summary>
    public string LastError { get; set; }

    /// <summary>When it was received.</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>When it was processed.</summary>
    public DateTime? ProcessedOnUtc { get; set; }
}
