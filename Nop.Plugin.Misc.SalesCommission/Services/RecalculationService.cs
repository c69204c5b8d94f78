using System.Globalization;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Recalculation. The batching is the shell's: orders are read in paid order, batch by batch
/// (<see cref="IPaidOrderBatchReader"/>), so memory stays flat, and written a batch at a time
/// (<see cref="IRecalculationWriter"/>). The planning is the engine's: each order is planned on the history before it
/// (<see cref="IRunPlanner"/>: the stored credits of the earlier orders outside the run plus the recalculated credits of
/// the earlier orders in it), and the engine's recalculation plan decides what changes; entries in approved or paid
/// receipts are never touched.
/// </summary>
public class RecalculationService : IRecalculationService
{
    #region Fields

    private const int MaxReportedFailures = 20;

    private readonly ILedgerStore _ledgerStore;
    private readonly ILogger _logger;
    private readonly IOrderCreditingStore _creditingStore;
    private readonly IPeriodCloseService _periodCloseService;
    private readonly IPaidOrderBatchReader _batchReader;
    private readonly IRecalculationWriter _writer;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<RecalculationRun> _runRepository;
    private readonly IRunPlanners _runPlanners;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public RecalculationService(ILedgerStore ledgerStore,
        ILogger logger,
        IOrderCreditingStore creditingStore,
        IPeriodCloseService periodCloseService,
        IPaidOrderBatchReader batchReader,
        IRecalculationWriter writer,
        IRepository<CommissionEntry> entryRepository,
        IRepository<RecalculationRun> runRepository,
        IRunPlanners runPlanners,
        IWorkContext workContext)
    {
        _ledgerStore = ledgerStore;
        _logger = logger;
        _creditingStore = creditingStore;
        _periodCloseService = periodCloseService;
        _batchReader = batchReader;
        _writer = writer;
        _entryRepository = entryRepository;
        _runRepository = runRepository;
        _runPlanners = runPlanners;
        _workContext = workContext;
    }

    #endregion

    #region Utilities

    /// <summary>What one run is working on and has found so far.</summary>
    private sealed class RunState(RecalculationRun run, PaidOrderRange range, bool dryRun, bool creditAgain,
        Action<RecalculationDifference> onDifference)
    {
        public RecalculationRun Run { get; } = run;

        public PaidOrderRange Range { get; } = range;

        public bool DryRun { get; } = dryRun;

        /// <summary>True when the manager asked to credit the orders again with today's assignments.</summary>
        public bool CreditAgain { get; } = creditAgain;

        /// <summary>The closed months: their orders' differences are posted into the first open month.</summary>
        public ClosedMonths Closed { get; init; } = ClosedMonths.None;

        public int Differences { get; set; }

        public List<string> Failures { get; } = [];

        public void Count(RecalculatedOrder order)
        {
            Run.OrdersExamined++;
            Run.EntriesAdded += order.Plan.Add.Count;
            Run.EntriesRemoved += order.Plan.Remove.Count;
            foreach (var difference in order.Plan.Differences)
            {
                Run.NetChange += difference.Difference;
                Differences++;
                onDifference(difference);
            }
        }
    }

    private async Task FailAsync(RunState state, int orderId, Exception exception)
    {
        state.Failures.Add($"#{orderId}: {exception.Message}");
        await _logger.WarningAsync($"Sales commission: order #{orderId} could not be recalculated. {exception.Message}", exception);
    }

    /// <summary>The engine's recalculation of one order, on the history the planner gives it.</summary>
    /// <remarks>
    /// The order is credited as stored when it was paid, unless the manager asked to credit again with today's
    /// assignments or it has none stored (the engine's <see cref="CreditingChoice"/>).
    /// </remarks>
    private async Task<RecalculatedOrder> PlanAsync(PaidOrderBatch batch, IRunPlanner planner, Order order,
        IList<CommissionEntry> existing, IDictionary<int, OrderCredit> storedCrediting, RunState runState)
    {
        var snapshot = batch.Snapshots[order.Id];
        var crediting = CreditingChoice.Choose(storedCrediting.TryGetValue(order.Id, out var stored) ? stored : null,
            runState.CreditAgain, snapshot, batch.Setup);
        var paid = await planner.PlanAsync(order, batch.Setup, snapshot, crediting.Credit);

        var reversed = existing.Any(entry => entry.KindId == (int)EntryKind.Reversal) || ReversedOrder.InStore(order);
        var state = new OrderLedgerState(order.OrderTotal, order.RefundedAmount, reversed);
        var recorded = existing
            .Select(entry => new RecordedEntry(entry.Id, _ledgerStore.ToLedgerEntry(entry), ReceiptPolicy.IsLocked(entry.Status)))
            .ToList();
        var plan = ClosedMonthRecalculation.Plan(EngineId.Of(order.Id), order.PaidDateUtc!.Value, paid.Entries, recorded, state,
            runState.Closed);

        return new RecalculatedOrder(order, existing, plan, paid.Contributions, paid.CreditedSales, crediting);
    }

    /// <summary>
    /// Writes a batch in one transaction; when that fails (an entry was locked in a receipt meanwhile), each order on
    /// its own, so one order's failure leaves the others written.
    /// </summary>
    private async Task WriteBatchAsync(IReadOnlyList<RecalculatedOrder> batch, RunState state)
    {
        try
        {
            await _writer.WriteAsync(batch);
            foreach (var order in batch)
                state.Count(order);
            return;
        }
        catch (Exception exception)
        {
            await _logger.WarningAsync($"Sales commission: a recalculation batch is written order by order. {exception.Message}", exception);
        }

        foreach (var order in batch)
        {
            try
            {
                await _writer.WriteAsync([order]);
                state.Count(order);
            }
            catch (Exception exception)
            {
                await FailAsync(state, order.Order.Id, exception);
            }
        }
    }

    private async Task RecalculateBatchAsync(PaidOrderBatch batch, IRunPlanner planner, RunState state)
    {
        var orderIds = batch.Orders.Select(order => order.Id).ToArray();
        var entries = (await _entryRepository.Table
                .Where(entry => orderIds.Contains(entry.OrderId))
                .OrderBy(entry => entry.Id)
                .ToListAsync())
            .ToLookup(entry => entry.OrderId);
        var storedCrediting = await _creditingStore.GetAsync(orderIds);

        var toWrite = new List<RecalculatedOrder>();
        foreach (var order in batch.Orders)
        {
            RecalculatedOrder recalculated;
            try
            {
                recalculated = await PlanAsync(batch, planner, order, entries[order.Id].ToList(), storedCrediting, state);
            }
            catch (Exception exception)
            {
                planner.CountCreditedSales(batch.StoredSalesOf(order.Id));
                await FailAsync(state, order.Id, exception);
                continue;
            }

            if (state.DryRun)
            {
                planner.CountCreditedSales(batch.StoredSalesOf(order.Id));
                state.Count(recalculated);
            }
            else if (state.Range.IsChosenOrders)
            {
                //each chosen order's history is read from the store, so it is written before the next is planned
                await WriteBatchAsync([recalculated], state);
            }
            else
            {
                planner.CountCreditedSales(recalculated.CreditedSales);
                toWrite.Add(recalculated);
            }
        }

        if (toWrite.Count > 0)
            await WriteBatchAsync(toWrite, state);
    }

    private async Task<IReadOnlyList<RecalculationDifference>> CollectAsync(DateTime? fromUtc, DateTime? toUtc,
        IReadOnlyCollection<int> orderIds, bool dryRun, bool creditAgain)
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        var differences = new List<RecalculationDifference>();
        await RecalculateAsync(PaidOrderRange.Of(fromUtc, toUtc, orderIds), dryRun, customer?.Id ?? 0, differences.Add,
            UnwatchedProgress.Instance, creditAgain);

        return differences;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<RecalculationDifference>> PreviewAsync(DateTime? fromUtc, DateTime? toUtc,
        IReadOnlyCollection<int> orderIds = null, bool creditAgain = false) => CollectAsync(fromUtc, toUtc, orderIds, dryRun: true, creditAgain);

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<RecalculationDifference>> ApplyAsync(DateTime? fromUtc, DateTime? toUtc,
        IReadOnlyCollection<int> orderIds = null, bool creditAgain = false) => CollectAsync(fromUtc, toUtc, orderIds, dryRun: false, creditAgain);

    /// <inheritdoc />
    public virtual async Task<RecalculationRun> RecalculateAsync(PaidOrderRange range, bool dryRun, int customerId,
        Action<RecalculationDifference> onDifference, IJobProgress progress, bool creditAgain = false)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(onDifference);
        ArgumentNullException.ThrowIfNull(progress);

        var run = new RecalculationRun
        {
            CustomerId = customerId,
            StartedOnUtc = DateTime.UtcNow,
            FromUtc = range.FromUtc,
            ToUtc = range.ToUtc,
            OrderIds = range.OrderIds is { } ids ? string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) : null,
            DryRun = dryRun
        };
        await _runRepository.InsertAsync(run, false);

        var state = new RunState(run, range, dryRun, creditAgain, onDifference) { Closed = await _periodCloseService.GetClosedMonthsAsync() };
        try
        {
            await progress.StartAsync(await _batchReader.CountAsync(range));

            IRunPlanner planner = null;
            var done = 0;
            var stopped = false;
            await foreach (var batch in _batchReader.ReadAsync(range, BatchSize))
            {
                planner ??= await _runPlanners.ForAsync(range, batch.Setup);
                await RecalculateBatchAsync(batch, planner, state);
                done += batch.Orders.Count;
                if (!await progress.ReportAsync(done))
                {
                    stopped = true;
                    break;
                }
            }

            run.Result = (stopped ? $"Cancelled after {done} orders: " : string.Empty) +
                         $"{run.OrdersExamined} orders recalculated, {state.Differences} changes" +
                         (state.Failures.Count == 0
                             ? string.Empty
                             : $"; {state.Failures.Count} orders failed: {string.Join("; ", state.Failures.Take(MaxReportedFailures))}");
        }
        catch (Exception exception)
        {
            run.Result = $"Stopped after {run.OrdersExamined} orders: {exception.Message}";
            throw;
        }
        finally
        {
            run.FinishedOnUtc = DateTime.UtcNow;
            await _runRepository.UpdateAsync(run, false);
        }

        return run;
    }

    /// <inheritdoc />
    public virtual async Task<IPagedList<RecalculationRun>> GetRunsAsync(int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return await _runRepository.GetAllPagedAsync(query =>
            query.OrderByDescending(run => run.StartedOnUtc).ThenByDescending(run => run.Id), pageIndex, pageSize);
    }

    #endregion

    #region Properties

    /// <summary>How many orders are read, planned and written together.</summary>
    public int BatchSize { get; set; } = 1000;

    #endregion
}
