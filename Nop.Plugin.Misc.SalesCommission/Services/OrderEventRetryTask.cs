using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Retries the order events that failed, and those left pending by an interrupted request, oldest first, so that
/// a payment is always processed before the refunds and reversals that follow it.
/// </summary>
public class OrderEventRetryTask : IScheduleTask
{
    #region Fields

    /// <summary>How many times an event is tried before it is left for a person to look at.</summary>
    public const int MaxAttempts = 5;

    /// <summary>How long an event may stay pending before it counts as interrupted.</summary>
    public static readonly TimeSpan StalePendingAge = TimeSpan.FromMinutes(10);

    private const int BatchSize = 500;

    private readonly IOrderEventLog _orderEventLog;
    private readonly IRepository<OrderEventRecord> _eventRecordRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the task.</summary>
    public OrderEventRetryTask(IOrderEventLog orderEventLog, IRepository<OrderEventRecord> eventRecordRepository)
    {
        _orderEventLog = orderEventLog;
        _eventRecordRepository = eventRecordRepository;
    }

    #endregion

    #region Methods

    /// <summary>Re-processes the failed and stale pending order events.</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task ExecuteAsync()
    {
        var staleBefore = DateTime.UtcNow - StalePendingAge;
        var records = await _eventRecordRepository.Table
            .Where(record => record.Attempts < MaxAttempts
                             && (record.StatusId == (int)OrderEventStatus.Failed
                                 || (record.StatusId == (int)OrderEventStatus.Pending && record.CreatedOnUtc < staleBefore)))
            .OrderBy(record => record.CreatedOnUtc)
            .ThenBy(record => record.Id)
            .Take(BatchSize)
            .ToListAsync();

        foreach (var record in records)
            await _orderEventLog.ProcessAsync(record);
    }

    #endregion
}
