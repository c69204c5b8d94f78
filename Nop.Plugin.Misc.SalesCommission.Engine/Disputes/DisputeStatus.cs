namespace Nop.Plugin.Misc.SalesCommission.Engine.Disputes;

/// <summary>Where a rep's question about their commission stands (rules §6).</summary>
public enum DisputeStatus
{
    /// <summary>Waiting for an answer or an outcome.</summary>
    Open = 0,

    /// <summary>Resolved by an adjustment entry carrying the dispute's reference.</summary>
    Resolved = 1,

    /// <summary>Refused, with a reason.</summary>
    Refused = 2
}
