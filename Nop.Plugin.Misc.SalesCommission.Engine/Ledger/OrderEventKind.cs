namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>What happened to an order (rules §5): the host events the ledger follows, and the scenario's event types.</summary>
public enum OrderEventKind
{
    /// <summary>The order was paid.</summary>
    Paid = 1,

    /// <summary>Part or all of the order was refunded.</summary>
    Refunded = 2,

    /// <summary>The order was voided.</summary>
    Voided = 3,

    /// <summary>The order was cancelled.</summary>
    Cancelled = 4,

    /// <summary>The order was deleted.</summary>
    Deleted = 5
}
