namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>Whether an order event was processed.</summary>
public enum OrderEventStatus
{
    /// <summary>Received, not yet processed.</summary>
    Pending = 0,

    /// <summary>Processed.</summary>
    Processed = 1,

    /// <summary>Processing failed; it will be retried.</summary>
    Failed = 2
}
