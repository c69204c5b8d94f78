namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>Where a background job stands.</summary>
public enum JobStatus
{
    /// <summary>Waiting to start.</summary>
    Queued = 0,

    /// <summary>Running.</summary>
    Running = 1,

    /// <summary>Finished; its result is kept.</summary>
    Completed = 2,

    /// <summary>Stopped by an error, or interrupted.</summary>
    Failed = 3,

    /// <summary>Stopped when the manager asked; what it finished is kept.</summary>
    Cancelled = 4
}
