using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Runs a job under the host's heartbeat lock for its kind (<see cref="ILocker.RunWithHeartbeatAsync"/>, as the host
/// runs its own long tasks): one job of a kind at a time across the web farm, cancellable through the lock from any
/// instance as well as through the job's row, checked between batches.
/// </summary>
public class CommissionJobRunner : ICommissionJobRunner
{
    #region Fields

    private static readonly TimeSpan LockExpiration = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LockHeartbeat = TimeSpan.FromSeconds(20);

    private readonly ICommissionJobService _jobService;
    private readonly ILocker _locker;
    private readonly ILogger _logger;
    private readonly IProgramSimulationService _simulationService;
    private readonly IReceiptService _receiptService;
    private readonly IRecalculationService _recalculationService;
    private readonly IRepository<CommissionJob> _jobRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the runner.</summary>
    public CommissionJobRunner(ICommissionJobService jobService,
        ILocker locker,
        ILogger logger,
        IProgramSimulationService simulationService,
        IReceiptService receiptService,
        IRecalculationService recalculationService,
        IRepository<CommissionJob> jobRepository)
    {
        _jobService = jobService;
        _locker = locker;
        _logger = logger;
        _simulationService = simulationService;
        _receiptService = receiptService;
        _recalculationService = recalculationService;
        _jobRepository = jobRepository;
    }

    #endregion

    #region Utilities

    private async Task<object> RecalculateAsync(CommissionJob job, JobProgressRecorder progress)
    {
        var request = _jobService.Read<RecalculationJobRequest>(job.Parameters);
        var range = request.Range;
        var kept = new List<RecalculationDifference>();
        var changes = 0;
        var run = await _recalculationService.RecalculateAsync(range, job.Kind == JobKind.RecalculationPreview, job.CustomerId,
            difference =>
            {
                changes++;
                if (kept.Count < RecalculationJobResult.KeptDifferences)
                    kept.Add(difference);
            }, progress, request.CreditAgain);

        return new RecalculationJobResult(run.OrdersExamined, changes, run.NetChange, run.Result, kept);
    }

    private async Task<object> SimulateAsync(CommissionJob job, JobProgressRecorder progress)
    {
        var request = _jobService.Read<SimulationJobRequest>(job.Parameters);
        return await _simulationService.SimulateAsync(request.Definition, request.FromUtc, request.ToUtc, progress);
    }

    private async Task<object> DraftReceiptsAsync(CommissionJob job, JobProgressRecorder progress)
    {
        var request = _jobService.Read<ReceiptDraftJobRequest>(job.Parameters);
        var receipts = await _receiptService.CreateDraftsAsync(request.CutoffUtc, request.BeneficiaryType, request.BeneficiaryId, progress);
        return new ReceiptDraftJobResult(receipts.Count, receipts.Sum(receipt => receipt.Total));
    }

    private async Task ExecuteAsync(CommissionJob job, CancellationToken cancellation)
    {
        job.Status = JobStatus.Running;
        job.StartedOnUtc = job.HeartbeatOnUtc = DateTime.UtcNow;
        await _jobRepository.UpdateAsync(job, false);

        var progress = new JobProgressRecorder(job, _jobRepository, cancellation);
        try
        {
            var result = job.Kind switch
            {
                JobKind.RecalculationPreview or JobKind.RecalculationApply => await RecalculateAsync(job, progress),
                JobKind.Simulation => await SimulateAsync(job, progress),
                JobKind.ReceiptDrafts => await DraftReceiptsAsync(job, progress),
                _ => throw new InvalidOperationException($"Unknown job kind {job.KindId}")
            };
            job.Result = _jobService.Write(result);
            job.Status = progress.Stopped ? JobStatus.Cancelled : JobStatus.Completed;
        }
        catch (Exception exception)
        {
            job.Status = JobStatus.Failed;
            job.Message = exception.Message;
            await _logger.ErrorAsync($"Sales commission: background job #{job.Id} ({job.Kind}) failed. {exception.Message}", exception);
        }

        job.FinishedOnUtc = DateTime.UtcNow;
        await _jobRepository.UpdateAsync(job, false);
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task RunAsync(int jobId, CancellationToken stoppingToken)
    {
        var job = await _jobRepository.GetByIdAsync(jobId);
        if (job is null || job.Status != JobStatus.Queued)
            return;

        var ran = false;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await _locker.RunWithHeartbeatAsync(_jobService.LockKey(job.Kind), LockExpiration, LockHeartbeat, async token =>
        {
            ran = true;
            await ExecuteAsync(job, token);
        }, cancellation);

        if (ran)
            return;

        job.Status = JobStatus.Failed;
        job.Message = "another job of this kind is running";
        job.FinishedOnUtc = DateTime.UtcNow;
        await _jobRepository.UpdateAsync(job, false);
    }

    #endregion
}
