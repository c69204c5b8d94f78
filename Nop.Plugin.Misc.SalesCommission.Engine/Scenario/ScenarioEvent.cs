namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>An event of the scenario's timeline.</summary>
/// <param name="Type">What happened.</param>
/// <param name="OrderId">To which order.</param>
/// <param name="AtUtc">When (UTC); for a date-only event, the start of its day.</param>
/// <param name="Amount">A refund's amount (this refund only); 0 otherwise.</param>
/// <param name="WholeDay">True when only the day was given: the event happens during that whole UTC day (rules §9.11).</param>
public sealed record ScenarioEvent(ScenarioEventType Type, string OrderId, DateTime AtUtc, decimal Amount, bool WholeDay = false)
{
    /// <summary>
    /// Where the event stands in the timeline: its time, or for a date-only event the end of its day, so that it applies
    /// after every payment of that day, its own order's included (rules §9.11).
    /// </summary>
    public DateTime TimelineAtUtc => WholeDay ? AtUtc.Date.AddDays(1).AddTicks(-1) : AtUtc;

    /// <summary>True when the event is dated before a payment at this time: by day for a date-only event.</summary>
    public bool IsBefore(DateTime paidAtUtc) => WholeDay ? AtUtc.Date < paidAtUtc.Date : AtUtc < paidAtUtc;
}
