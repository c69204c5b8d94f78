using System.Globalization;
using LinqToDB;
using Newtonsoft.Json;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Background jobs, stored in the plugin's job table so every instance of a web farm sees them; the instance that was
/// asked runs the job (<see cref="CommissionJobHost"/>) under the host's <see cref="ILocker"/> for its kind, which a
/// distributed cache shares across the farm.
/// </summary>
public class CommissionJobService : ICommissionJobService
{
    #region Fields

    /// <summary>A running job reports at least this often (between batches); one silent longer was interrupted.</summary>
    private static readonly TimeSpan SilentTooLong = TimeSpan.FromMinutes(5);

    /// <summary>How long a seen result is kept.</summary>
    private static readonly TimeSpan KeptAfterViewed = TimeSpan.FromDays(1);

    private static readonly JsonSerializerSettings JsonSettings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        Converters = [new DerivationJsonConverter()]
    };

    private readonly CommissionJobQueue _queue;
    private readonly ILocker _locker;
    private readonly IRepository<CommissionJob> _jobRepository;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public CommissionJobService(CommissionJobQueue queue, ILocker locker, IRepository<CommissionJob> jobRepository, IWorkContext workContext)
    {
        _workContext = workContext;
        _queue = queue;
        _locker = locker;
        _jobRepository = jobRepository;
    }

    #endregion

    #region Utilities

    private static bool IsActive(CommissionJob job) => job.Status is JobStatus.Queued or JobStatus.Running;

    /// <summary>Marks a job that stopped reporting as failed; true when it did.</summary>
    private async Task<bool> EndIfInterruptedAsync(CommissionJob job)
    {
        var lastSign = job.HeartbeatOnUtc ?? job.StartedOnUtc ?? job.CreatedOnUtc;
        if (!IsActive(job) || DateTime.UtcNow - lastSign < SilentTooLong)
            return false;

        job.Status = JobStatus.Failed;
        job.Message = "interrupted";
        job.FinishedOnUtc = DateTime.UtcNow;
        await _jobRepository.UpdateAsync(job, false);
        return true;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<(CommissionJob Job, bool Started)> StartAsync(JobKind kind, object request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var active = await _jobRepository.Table
            .Where(job => job.KindId == (int)kind && (job.StatusId == (int)JobStatus.Queued || job.StatusId == (int)JobStatus.Running))
            .OrderByDescending(job => job.Id)
            .ToListAsync();
        foreach (var job in active)
        {
            if (!await EndIfInterruptedAsync(job))
                return (job, false);
        }

        var seenBefore = DateTime.UtcNow - KeptAfterViewed;
        await _jobRepository.DeleteAsync(job => job.ViewedOnUtc != null && job.ViewedOnUtc < seenBefore);

        var started = new CommissionJob
        {
            Kind = kind,
            Status = JobStatus.Queued,
            CustomerId = (await _workContext.GetCurrentCustomerAsync())?.Id ?? 0,
            Parameters = Write(request),
            CreatedOnUtc = DateTime.UtcNow
        };
        await _jobRepository.InsertAsync(started, false);
        _queue.Enqueue(started.Id);

        return (started, true);
    }

    /// <inheritdoc />
    public virtual async Task<CommissionJob> GetJobAsync(int jobId)
    {
        var job = await _jobRepository.GetByIdAsync(jobId);
        if (job is not null)
            await EndIfInterruptedAsync(job);

        return job;
    }

    /// <inheritdoc />
    public virtual async Task RequestCancelAsync(CommissionJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!IsActive(job))
            return;

        var id = job.Id;
        await _jobRepository.Table.Where(row => row.Id == id).Set(row => row.CancelRequested, true).UpdateAsync();
        job.CancelRequested = true;
        await _locker.CancelTaskAsync(LockKey(job.Kind), SilentTooLong);
    }

    /// <inheritdoc />
    public virtual async Task MarkViewedAsync(CommissionJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.ViewedOnUtc is not null || IsActive(job))
            return;

        var id = job.Id;
        var now = DateTime.UtcNow;
        await _jobRepository.Table.Where(row => row.Id == id).Set(row => row.ViewedOnUtc, (DateTime?)now).UpdateAsync();
        job.ViewedOnUtc = now;
    }

    /// <inheritdoc />
    public virtual T Read<T>(string json) => json is null ? default : JsonConvert.DeserializeObject<T>(json, JsonSettings);

    /// <inheritdoc />
    public virtual string Write(object value) => JsonConvert.SerializeObject(value, JsonSettings);

    /// <inheritdoc />
    public virtual string LockKey(JobKind kind) =>
        $"{SalesCommissionDefaults.SystemName}.Job.{((int)kind).ToString(CultureInfo.InvariantCulture)}";

    #endregion
}
