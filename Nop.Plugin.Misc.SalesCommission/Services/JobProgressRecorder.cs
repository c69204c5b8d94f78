using LinqToDB;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Records a job's progress on its row between batches (only the progress columns, so a cancel written meanwhile by
/// another request or instance is not overwritten) and reads back whether it was asked to stop.
/// </summary>
public sealed class JobProgressRecorder : IJobProgress
{
    private readonly CommissionJob _job;
    private readonly IRepository<CommissionJob> _jobRepository;
    private readonly CancellationToken _cancellation;

    /// <summary>Creates the recorder of a running job.</summary>
    /// <param name="job">The job.</param>
    /// <param name="jobRepository">The jobs' table.</param>
    /// <param name="cancellation">Cancelled by the host's lock when the job is cancelled elsewhere, or when the store stops.</param>
    public JobProgressRecorder(CommissionJob job, IRepository<CommissionJob> jobRepository, CancellationToken cancellation)
    {
        _job = job;
        _jobRepository = jobRepository;
        _cancellation = cancellation;
    }

    /// <summary>True once the job stopped because it was asked to.</summary>
    public bool Stopped { get; private set; }

    private async Task SaveAsync()
    {
        var id = _job.Id;
        var total = _job.Total;
        var done = _job.Done;
        var now = DateTime.UtcNow;
        _job.HeartbeatOnUtc = now;
        await _jobRepository.Table
            .Where(job => job.Id == id)
            .Set(job => job.Total, total)
            .Set(job => job.Done, done)
            .Set(job => job.HeartbeatOnUtc, (DateTime?)now)
            .UpdateAsync();
    }

    /// <inheritdoc />
    public async Task StartAsync(int total)
    {
        _job.Total = total;
        await SaveAsync();
    }

    /// <inheritdoc />
    public async Task<bool> ReportAsync(int done)
    {
        _job.Done = done;
        await SaveAsync();

        var id = _job.Id;
        _job.CancelRequested = await _jobRepository.Table.Where(job => job.Id == id).Select(job => job.CancelRequested).FirstOrDefaultAsync();
        Stopped = _job.CancelRequested || _cancellation.IsCancellationRequested;

        return !Stopped;
    }
}
