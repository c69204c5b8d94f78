using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Records every order event before it is processed and keeps the outcome on the record: Processed, or Failed with the
/// error (also logged as a warning), for the retry task and the admin to see. The host swallows a consumer's
/// exceptions, so this record is what keeps a failure from being lost.
/// </summary>
public class OrderEventLog : IOrderEventLog
{
    #region Fields

    private readonly ILedgerService _ledgerService;
    private readonly ILogger _logger;
    private readonly IOrderService _orderService;
    private readonly IRepository<OrderEventRecord> _eventRecordRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the log.</summary>
    public OrderEventLog(ILedgerService ledgerService,
        ILogger logger,
        IOrderService orderService,
        IRepository<OrderEventRecord> eventRecordRepository)
    {
        _ledgerService = ledgerService;
        _logger = logger;
        _orderService = orderService;
        _eventRecordRepository = eventRecordRepository;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<OrderEventRecord> RecordAsync(Order order, OrderEventKind type, decimal amount = 0m)
    {
        ArgumentNullException.ThrowIfNull(order);

        var record = new OrderEventRecord
        {
            OrderId = order.Id,
            EventTypeId = (int)type,
            Amount = amount,
            StatusId = (int)OrderEventStatus.Pending,
            CreatedOnUtc = DateTime.UtcNow
        };
        await _eventRecordRepository.InsertAsync(record, false);

        return record;
    }

    /// <inheritdoc />
    public virtual async Task<bool> ProcessAsync(OrderEventRecord record, Order order = null)
    {
        ArgumentNullException.ThrowIfNull(record);

        record.Attempts++;
        try
        {
            order ??= await _orderService.GetOrderByIdAsync(record.OrderId)
                      ?? throw new InvalidOperationException($"Order #{record.OrderId} does not exist");
            await _ledgerService.ApplyAsync(record, order);

            record.StatusId = (int)OrderEventStatus.Processed;
            record.ProcessedOnUtc = DateTime.UtcNow;
            record.LastError = null;
            await _eventRecordRepository.UpdateAsync(record, false);

            return true;
        }
        catch (Exception exception)
        {
            record.StatusId = (int)OrderEventStatus.Failed;
            record.LastError = $"{exception.GetType().Name}: {exception.Message}";
            await _eventRecordRepository.UpdateAsync(record, false);
            await _logger.WarningAsync(
                $"Sales commission: the {record.EventType} event of order #{record.OrderId} could not be processed " +
                $"(attempt {record.Attempts} of {OrderEventRetryTask.MaxAttempts}). {exception.Message}", exception);

            return false;
        }
    }

    #endregion
}
