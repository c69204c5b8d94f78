using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Background jobs: starts them (one of a kind at a time), tells how far they are, stops them when asked.</summary>
public interface ICommissionJobService
{
    /// <summary>
    /// Queues a job for the current admin unless one of its kind is queued or running anywhere in the web farm; then returns that one.
    /// </summary>
    /// <param name="kind">The kind of work.</param>
    /// <param name="request">What was asked (stored as JSON).</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the job and whether it is the new one.</returns>
    Task<(CommissionJob Job, bool Started)> StartAsync(JobKind kind, object request);

    /// <summary>Gets a job; one that stopped reporting without finishing (the store instance stopped) is marked failed.</summary>
    /// <param name="jobId">The job.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the job, or null.</returns>
    Task<CommissionJob> GetJobAsync(int jobId);

    /// <summary>Asks a queued or running job to stop after the batch in hand.</summary>
    /// <param name="job">The job.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task RequestCancelAsync(CommissionJob job);

    /// <summary>Records that a finished job's result was seen; it is kept a day more, then removed.</summary>
    /// <param name="job">The job.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task MarkViewedAsync(CommissionJob job);

    /// <summary>Reads what a job was asked, or its result.</summary>
    /// <param name="json">The job's parameters or result.</param>
    /// <typeparam name="T">The record stored.</typeparam>
    T Read<T>(string json);

    /// <summary>Writes what a job was asked, or its result, as <see cref="Read{T}"/> reads it.</summary>
    /// <param name="value">The request or result.</param>
    string Write(object value);

    /// <summary>The host's lock key of a kind of job (one of a kind at a time across the web farm).</summary>
    /// <param name="kind">The kind.</param>
    string LockKey(JobKind kind);
}
