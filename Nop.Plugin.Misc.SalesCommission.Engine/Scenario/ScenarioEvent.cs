namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>An event of the scenario's timeline.</summary>
/// <param name="Type">What happened.</param>
/// <param name="OrderId">To which order.</param>
/// <param name="AtUtc">When (UTC).</param>
/// <param name="Amount">A refund's amount (this refund only); 0 otherwise.</param>
public sealed record ScenarioEvent(ScenarioEventType Type, string OrderId, DateTime AtUtc, decimal Amount);
