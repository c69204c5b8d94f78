namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>A host event of the scenario format.</summary>
public enum ScenarioEventType
{
    /// <summary>The order was paid (implied by its paidAt; a listed one is a redelivery).</summary>
    Paid = 0,

    /// <summary>A partial or full refund of the given amount.</summary>
    Refund = 1,

    /// <summary>The order was voided.</summary>
    Void = 2,

    /// <summary>The order was cancelled.</summary>
    Cancel = 3
}
