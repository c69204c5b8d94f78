using System.Linq.Expressions;
using System.Transactions;
using Microsoft.Data.SqlClient;
using MySqlConnector;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Npgsql;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Keeps the commission ledger in step with the order lifecycle. The engine decides every amount; this service
/// reads the order and its ledger, asks the engine, and writes what it plans in one transaction. Writing is
/// idempotent: what is already stored is never written twice, and a write that loses a race with another delivery
/// of the same event (the database's unique index refuses it) counts as already written.
/// </summary>
public class LedgerService : ILedgerService
{
    #region Fields

    private static readonly int[] ReversalEventTypes =
        [(int)OrderEventType.Voided, (int)OrderEventType.Cancelled, (int)OrderEventType.Deleted];

    private readonly ICommissionSetupBuilder _setupBuilder;
    private readonly ILogger _logger;
    private readonly IOrderService _orderService;
    private readonly IOrderSnapshotBuilder _snapshotBuilder;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<OrderEventRecord> _eventRecordRepository;
    private readonly IRepository<PeriodCredit> _periodCreditRepository;
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public LedgerService(ICommissionSetupBuilder setupBuilder,
        ILogger logger,
        IOrderService orderService,
        IOrderSnapshotBuilder snapshotBuilder,
        IRepository<CommissionEntry> entryRepository,
        IRepository<Order> orderRepository,
        IRepository<OrderEventRecord> eventRecordRepository,
        IRepository<PeriodCredit> periodCreditRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository)
    {
        _setupBuilder = setupBuilder;
        _logger = logger;
        _orderService = orderService;
        _snapshotBuilder = snapshotBuilder;
        _entryRepository = entryRepository;
        _orderRepository = orderRepository;
        _eventRecordRepository = eventRecordRepository;
        _periodCreditRepository = periodCreditRepository;
        _creditedSaleRepository = creditedSaleRepository;
    }

    #endregion

    #region Utilities

    private static DateTime UtcDateOf(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>True when the database refused a row because its unique index already holds one like it.</summary>
    private static bool IsDuplicateKey(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }:
                case SqlException { Number: 2601 or 2627 }:
                case MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Plans and writes once. When another delivery of the same event wrote first, the unique index refuses the
    /// write: that is logged for information and the plan is made again from the ledger as it now stands (a paid
    /// order then writes nothing; a refund writes only what the other delivery did not). A second refusal is no
    /// race but a plan that collides with itself, so it is left to fail and stay visible.
    /// </summary>
    private async Task WriteOnceAsync(Order order, string eventName, Func<Task> planAndWrite)
    {
        try
        {
            await planAndWrite();
        }
        catch (Exception exception) when (IsDuplicateKey(exception))
        {
            await _logger.InformationAsync(
                $"Sales commission: the {eventName} entries of order #{order.Id} were already written by another delivery of the event", exception);
            await planAndWrite();
        }
    }

    private async Task WriteAsync(Order order, IEnumerable<CommissionEntry> existing, IReadOnlyList<LedgerEntry> entries,
        IReadOnlyList<PeriodContribution> contributions, IReadOnlyList<CreditedSale> creditedSales)
    {
        if (entries.Count == 0 && contributions.Count == 0 && creditedSales.Count == 0)
            return;

        using var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled);
        await InsertEntriesAsync(order, existing, entries);
        await InsertPeriodCreditsAsync(order, contributions);
        await InsertCreditedSalesAsync(order, creditedSales);
        transaction.Complete();
    }

    /// <summary>
    /// Each target's credited NetSales in its period before the order (paid earlier, or at the same instant with a
    /// lower id), from the credited sales stored when orders were paid: the staff member's, or the team's sum.
    /// </summary>
    private async Task<Dictionary<SalesTarget, decimal>> GetCreditedBeforeAsync(Order order, CommissionSetup setup,
        IReadOnlyCollection<SalesTarget> targets)
    {
        var paidAt = order.PaidDateUtc ?? DateTime.MaxValue;
        var before = new Dictionary<SalesTarget, decimal>();
        foreach (var target in targets)
        {
            var staffIds = setup.StaffCountedToward(target).Select(EngineId.ToHost).ToArray();
            var start = UtcDateOf(target.StartDate);
            var sum = await _creditedSaleRepository.Table
                .Where(sale => staffIds.Contains(sale.StaffCustomerId)
                               && sale.OrderId != order.Id
                               && sale.PaidOnUtc >= start
                               && (sale.PaidOnUtc < paidAt || (sale.PaidOnUtc == paidAt && sale.OrderId < order.Id)))
                .SumAsync(sale => (decimal?)sale.NetSales);
            before[target] = sum ?? 0m;
        }

        return before;
    }

    private async Task<Dictionary<PeriodKey, decimal>> GetPeriodTotalsBeforeAsync(Order order,
        IReadOnlyCollection<PeriodKey> keys, Expression<Func<Order, bool>> countedOrders)
    {
        var paidAt = order.PaidDateUtc ?? DateTime.MaxValue;
        var programIds = keys.Select(key => EngineId.ToHost(key.ProgramId)).Distinct().ToArray();
        var beneficiaryIds = keys.Select(key => EngineId.ToHost(key.BeneficiaryId)).Distinct().ToArray();
        var periodStarts = keys.Select(key => UtcDateOf(key.PeriodStart)).Distinct().ToArray();

        //refunded, reversed and deleted orders keep counting: clawbacks do not reduce attainment (rules §5)
        var earlierOrders = _orderRepository.Table
            .Where(other => other.Id != order.Id
                            && (other.PaidDateUtc < paidAt || (other.PaidDateUtc == paidAt && other.Id < order.Id)));
        if (countedOrders is not null)
            earlierOrders = earlierOrders.Where(countedOrders);

        var totals = await (from credit in _periodCreditRepository.Table
                            join other in earlierOrders on credit.OrderId equals other.Id
                            where programIds.Contains(credit.ProgramId)
                                  && beneficiaryIds.Contains(credit.BeneficiaryId)
                                  && periodStarts.Contains(credit.PeriodStartUtc)
                            group credit by new { credit.ProgramId, credit.BeneficiaryTypeId, credit.BeneficiaryId, credit.PeriodStartUtc }
                            into period
                            select new
                            {
                                period.Key.ProgramId,
                                period.Key.BeneficiaryTypeId,
                                period.Key.BeneficiaryId,
                                period.Key.PeriodStartUtc,
                                Total = period.Sum(credit => credit.Amount)
                            }).ToListAsync();

        return totals
            .Select(total => (Key: new PeriodKey(EngineId.Of(total.ProgramId), (BeneficiaryType)total.BeneficiaryTypeId,
                EngineId.Of(total.BeneficiaryId), DateOnly.FromDateTime(total.PeriodStartUtc)), total.Total))
            .Where(total => keys.Contains(total.Key))
            .GroupBy(total => total.Key)
            .ToDictionary(period => period.Key, period => period.Sum(total => total.Total));
    }

    private async Task EnsurePaidEventProcessedAsync(OrderEventRecord record)
    {
        if (record.EventTypeId == (int)OrderEventType.Paid)
            return;

        //a refund or reversal must follow the entries it takes back; while the paid event waits, so does this one
        var paidWaiting = await _eventRecordRepository.Table.AnyAsync(other => other.OrderId == record.OrderId
            && other.Id != record.Id
            && other.EventTypeId == (int)OrderEventType.Paid
            && other.StatusId != (int)OrderEventStatus.Processed);
        if (paidWaiting)
            throw new InvalidOperationException($"The paid event of order #{record.OrderId} is not processed yet; this event waits for it");
    }

    private Task HandleRecordAsync(OrderEventRecord record, Order order) => (OrderEventType)record.EventTypeId switch
    {
        OrderEventType.Paid => HandlePaidAsync(order),
        OrderEventType.Refunded => HandleRefundedAsync(order, record.Amount),
        OrderEventType.Voided => HandleReversedAsync(order, "voided"),
        OrderEventType.Cancelled => HandleReversedAsync(order, "cancelled"),
        OrderEventType.Deleted => HandleReversedAsync(order, "deleted"),
        _ => throw new InvalidOperationException($"Unknown order event type {record.EventTypeId}")
    };

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task HandlePaidAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        await WriteOnceAsync(order, "paid", async () =>
        {
            var existing = await GetOrderEntriesAsync(order.Id);
            var alreadyWritten = existing.Any(entry => entry.KindId is (int)EntryKind.Direct or (int)EntryKind.Override)
                                 || await _periodCreditRepository.Table.AnyAsync(credit => credit.OrderId == order.Id);
            if (alreadyWritten)
                return;

            var items = (await _orderService.GetOrderItemsAsync(order.Id)).ToList();
            var setup = await _setupBuilder.BuildAsync([order], items);
            var snapshot = await _snapshotBuilder.BuildAsync(order, items);
            var plan = await PlanPaidOrderAsync(order, setup, snapshot);

            await WriteAsync(order, existing, plan.Entries, plan.Contributions, plan.CreditedSales);
        });
    }

    /// <inheritdoc />
    public virtual async Task HandleRefundedAsync(Order order, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(order);

        await WriteOnceAsync(order, "refund", async () =>
        {
            var existing = await GetOrderEntriesAsync(order.Id);
            var state = await GetLedgerStateAsync(order, existing);
            var clawbacks = ClawbackPlanner.Plan(existing.Select(ToLedgerEntry).ToList(), state, amount);

            await WriteAsync(order, existing, clawbacks, [], []);
        });
    }

    /// <inheritdoc />
    public virtual async Task HandleReversedAsync(Order order, string reason)
    {
        ArgumentNullException.ThrowIfNull(order);

        await WriteOnceAsync(order, reason, async () =>
        {
            var existing = await GetOrderEntriesAsync(order.Id);
            var state = await GetLedgerStateAsync(order, existing);
            var reversals = ReversalPlanner.Plan(existing.Select(ToLedgerEntry).ToList(), state.Reversed, reason);

            await WriteAsync(order, existing, reversals, [], []);
        });
    }

    /// <inheritdoc />
    public virtual async Task<OrderEventRecord> RecordEventAsync(Order order, OrderEventType type, decimal amount = 0m)
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
    public virtual async Task<bool> ProcessEventAsync(OrderEventRecord record, Order order = null)
    {
        ArgumentNullException.ThrowIfNull(record);

        record.Attempts++;
        try
        {
            order ??= await _orderService.GetOrderByIdAsync(record.OrderId)
                      ?? throw new InvalidOperationException($"Order #{record.OrderId} does not exist");
            await EnsurePaidEventProcessedAsync(record);
            await HandleRecordAsync(record, order);

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
                $"Sales commission: the {(OrderEventType)record.EventTypeId} event of order #{record.OrderId} could not be processed " +
                $"(attempt {record.Attempts} of {OrderEventRetryTask.MaxAttempts}). {exception.Message}", exception);

            return false;
        }
    }

    /// <inheritdoc />
    public virtual async Task<IList<CommissionEntry>> GetOrderEntriesAsync(int orderId)
    {
        return await _entryRepository.Table
            .Where(entry => entry.OrderId == orderId)
            .OrderBy(entry => entry.Id)
            .ToListAsync();
    }

    /// <inheritdoc />
    public virtual async Task<OrderLedgerState> GetLedgerStateAsync(Order order, IEnumerable<CommissionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(entries);

        var reversed = entries.Any(entry => entry.KindId == (int)EntryKind.Reversal)
                       || await _eventRecordRepository.Table.AnyAsync(record => record.OrderId == order.Id
                           && record.StatusId == (int)OrderEventStatus.Processed
                           && ReversalEventTypes.Contains(record.EventTypeId));

        return new OrderLedgerState(order.OrderTotal, order.RefundedAmount, reversed);
    }

    /// <inheritdoc />
    public virtual async Task<PaidOrderPlan> PlanPaidOrderAsync(Order order, CommissionSetup setup, OrderSnapshot snapshot,
        Expression<Func<Order, bool>> countedOrders = null, Func<PeriodKey, decimal> runTotalBefore = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(snapshot);

        var rank = await _snapshotBuilder.GetClientOrderRankAsync(order);

        //the engine names the history it reads before planning, so it is loaded once
        var needs = PaidOrderPlanner.Needs(setup, snapshot);
        var stored = needs.PeriodKeys.Count == 0
            ? new Dictionary<PeriodKey, decimal>()
            : await GetPeriodTotalsBeforeAsync(order, needs.PeriodKeys, countedOrders);
        var creditedBefore = needs.Targets.Count == 0
            ? new Dictionary<SalesTarget, decimal>()
            : await GetCreditedBeforeAsync(order, setup, needs.Targets);

        return PaidOrderPlanner.Plan(setup, snapshot, rank,
            key => stored.GetValueOrDefault(key) + (runTotalBefore?.Invoke(key) ?? 0m),
            target => creditedBefore.GetValueOrDefault(target));
    }

    /// <inheritdoc />
    public virtual LedgerEntry ToLedgerEntry(CommissionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);

        return new LedgerEntry(EngineId.Of(entry.OrderId), EngineId.Of(entry.ProgramId), (BeneficiaryType)entry.BeneficiaryTypeId,
            EngineId.Of(entry.BeneficiaryId), (EntryKind)entry.KindId, entry.Level, entry.Base, entry.Amount, entry.Explanation ?? string.Empty);
    }

    /// <inheritdoc />
    public virtual async Task<IList<CommissionEntry>> InsertEntriesAsync(Order order, IEnumerable<CommissionEntry> existing,
        IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(entries);

        var now = DateTime.UtcNow;
        var numbered = existing.ToList();
        var written = new List<CommissionEntry>();
        foreach (var entry in entries)
        {
            var row = new CommissionEntry
            {
                OrderId = order.Id,
                ProgramId = EngineId.ToHost(entry.ProgramId),
                BeneficiaryTypeId = (int)entry.BeneficiaryType,
                BeneficiaryId = EngineId.ToHost(entry.BeneficiaryId),
                KindId = (int)entry.Kind,
                Level = entry.Level,
                Base = entry.Base,
                Amount = entry.Amount,
                Explanation = entry.Explanation,
                StatusId = (int)EntryStatus.Pending,
                StoreId = order.StoreId,
                ClientCustomerId = order.CustomerId,
                OrderPaidOnUtc = order.PaidDateUtc ?? now,
                CreatedOnUtc = now
            };
            row.Sequence = numbered
                .Where(other => other.ProgramId == row.ProgramId
                                && other.BeneficiaryTypeId == row.BeneficiaryTypeId
                                && other.BeneficiaryId == row.BeneficiaryId
                                && other.KindId == row.KindId
                                && other.Level == row.Level)
                .Select(other => other.Sequence + 1)
                .DefaultIfEmpty(0)
                .Max();

            await _entryRepository.InsertAsync(row);
            numbered.Add(row);
            written.Add(row);
        }

        return written;
    }

    /// <inheritdoc />
    public virtual async Task InsertPeriodCreditsAsync(Order order, IEnumerable<PeriodContribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(contributions);

        foreach (var contribution in contributions)
        {
            await _periodCreditRepository.InsertAsync(new PeriodCredit
            {
                OrderId = order.Id,
                ProgramId = EngineId.ToHost(contribution.Key.ProgramId),
                BeneficiaryTypeId = (int)contribution.Key.BeneficiaryType,
                BeneficiaryId = EngineId.ToHost(contribution.Key.BeneficiaryId),
                PeriodStartUtc = UtcDateOf(contribution.Key.PeriodStart),
                Amount = contribution.Amount
            });
        }
    }

    /// <inheritdoc />
    public virtual async Task InsertCreditedSalesAsync(Order order, IReadOnlyList<CreditedSale> creditedSales)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(creditedSales);

        if (creditedSales.Count == 0)
            return;

        var stored = await _creditedSaleRepository.Table
            .Where(sale => sale.OrderId == order.Id)
            .Select(sale => sale.StaffCustomerId)
            .ToListAsync();
        foreach (var sale in creditedSales)
        {
            var staffCustomerId = EngineId.ToHost(sale.StaffId);
            if (stored.Contains(staffCustomerId))
                continue;

            await _creditedSaleRepository.InsertAsync(new StaffCreditedSale
            {
                OrderId = order.Id,
                StaffCustomerId = staffCustomerId,
                PaidOnUtc = sale.PaidAtUtc,
                NetSales = sale.NetSales
            }, false);
        }
    }

    #endregion
}
