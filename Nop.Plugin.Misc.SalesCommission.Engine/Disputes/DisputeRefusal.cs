namespace Nop.Plugin.Misc.SalesCommission.Engine.Disputes;

/// <summary>Why the dispute rules refuse an action, so that a user interface can say it in its own language.</summary>
public enum DisputeRefusal
{
    /// <summary>The dispute already has its outcome.</summary>
    NotOpen = 0,

    /// <summary>An adjustment of 0.00 changes nothing: refuse the dispute instead.</summary>
    ZeroAdjustment = 1,

    /// <summary>Only the entry's own staff member may dispute it.</summary>
    NotOwnEntry = 2
}
