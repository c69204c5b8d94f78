namespace Nop.Plugin.Misc.SalesCommission.Engine.Periods;

/// <summary>Why a month may not be closed (rules §6), so that a user interface can say it in its own language.</summary>
public enum PeriodCloseRefusal
{
    /// <summary>The month has not ended yet.</summary>
    NotEnded = 0,

    /// <summary>The month is already closed.</summary>
    AlreadyClosed = 1,

    /// <summary>A dispute about an entry of the month is still open.</summary>
    OpenDisputes = 2
}
