using System.Globalization;
using System.Transactions;
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
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Recalculation. Orders are read in paid order, in batches, so memory stays flat and period-ladder totals build up
/// as they would have: an order's period total is the stored credits of the earlier orders outside the run plus the
/// recalculated credits of the earlier orders in it. The engine's recalculation plan decides what changes; entries
/// in approved or paid receipts are never touched.
/// </summary>
public class RecalculationService : IRecalculationService
{
    #region Fields

    private const int BatchSize = 500;
    private const int MaxReportedFailures = 20;

    private readonly ICommissionSetupBuilder _setupBuilder;
    private readonly ILedgerHistory _ledgerHistory;
    private readonly ILedgerLock _ledgerLock;
    private readonly ILedgerStore _ledgerStore;
    private readonly ILogger _logger;
    private readonly IOrderCreditingStore _creditingStore;
    private readonly IPeriodCloseService _periodCloseService;
    private readonly IOrderSnapshotBuilder _snapshotBuilder;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<CommissionReceipt> _receiptRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<OrderItem> _orderItemRepository;
    private readonly IRepository<PeriodCredit> _periodCreditRepository;
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;
    private readonly IRepository<ReceiptLine> _lineRepository;
    private readonly IRepository<RecalculationRun> _runRepository;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public RecalculationService(ICommissionSetupBuilder setupBuilder,
        ILedgerHistory ledgerHistory,
        ILedgerLock ledgerLock,
        ILedgerStore ledgerStore,
        ILogger logger,
        IOrderCreditingStore creditingStore,
        IPeriodCloseService periodCloseService,
        IOrderSnapshotBuilder snapshotBuilder,
        IRepository<CommissionEntry> entryRepository,
        IRepository<CommissionReceipt> receiptRepository,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<PeriodCredit> periodCreditRepository,
        IRepository<ReceiptLine> lineRepository,
        IRepository<RecalculationRun> runRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository,
        IWorkContext workContext)
    {
        _setupBuilder = setupBuilder;
        _ledgerHistory = ledgerHistory;
        _ledgerLock = ledgerLock;
        _ledgerStore = ledgerStore;
        _logger = logger;
        _creditingStore = creditingStore;
        _periodCloseService = periodCloseService;
        _snapshotBuilder = snapshotBuilder;
        _entryRepository = entryRepository;
        _receiptRepository = receiptRepository;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _periodCreditRepository = periodCreditRepository;
        _lineRepository = lineRepository;
        _runRepository = runRepository;
        _creditedSaleRepository = creditedSaleRepository;
        _workContext = workContext;
    }

    #endregion

    #region Utilities

    /// <summary>What one run is working on and has found so far.</summary>
    private sealed class RunProgress(RecalculationRun run, bool dryRun, bool creditAgain, HistoryScope scope)
    {
        public RecalculationRun Run { get; } = run;

        public bool DryRun { get; } = dryRun;

        /// <summary>True when the manager asked to credit the orders again with today's assignments.</summary>
        public bool CreditAgain { get; } = creditAgain;

        public List<RecalculationDifference> Differences { get; } = [];

        public List<string> Failures { get; } = [];

        /// <summary>The history the run's orders are planned on: stored outside the run, planned so far within it.</summary>
        public HistoryScope Scope { get; } = scope;

        /// <summary>The closed months: their orders' differences are posted into the first open month.</summary>
        public ClosedMonths Closed { get; init; } = ClosedMonths.None;
    }

    private async Task<IList<Order>> GetNextBatchAsync(DateTime? fromUtc, DateTime? toUtc, int[] orderIds, Order last)
    {
        //deleted orders stay in: their entries are reversed, and their credits still count toward period totals
        var query = _orderRepository.Table.Where(order => order.PaidDateUtc != null);
        if (orderIds is not null)
            query = query.Where(order => orderIds.Contains(order.Id));
        else
        {
            if (fromUtc is { } from)
                query = query.Where(order => order.PaidDateUtc >= from);
            if (toUtc is { } to)
                query = query.Where(order => order.PaidDateUtc < to);
        }

        if (last is not null)
        {
            var lastPaid = last.PaidDateUtc;
            var lastId = last.Id;
            query = query.Where(order => order.PaidDateUtc > lastPaid || (order.PaidDateUtc == lastPaid && order.Id > lastId));
        }

        return await query
            .OrderBy(order => order.PaidDateUtc)
            .ThenBy(order => order.Id)
            .Take(BatchSize)
            .ToListAsync();
    }

    private async Task RecalculateBatchAsync(IList<Order> batch, RunProgress progress)
    {
        var orderIds = batch.Select(order => order.Id).ToArray();
        var items = await _orderItemRepository.Table.Where(item => orderIds.Contains(item.OrderId)).ToListAsync();
        var setup = await _setupBuilder.BuildAsync(batch.ToList(), items);
        var snapshots = await _snapshotBuilder.BuildAsync(batch.ToList(), items);
        var entries = (await _entryRepository.Table
                .Where(entry => orderIds.Contains(entry.OrderId))
                .OrderBy(entry => entry.Id)
                .ToListAsync())
            .ToLookup(entry => entry.OrderId);
        var storedCrediting = await _creditingStore.GetAsync(orderIds);

        foreach (var order in batch)
        {
            try
            {
                var existing = entries[order.Id].ToList();
                var crediting = ChooseCrediting(order, snapshots[order.Id], setup, storedCrediting, progress);
                var paid = await _ledgerHistory.PlanPaymentAsync(order, setup, snapshots[order.Id], progress.Scope, crediting.Credit);

                var reversed = existing.Any(entry => entry.KindId == (int)EntryKind.Reversal) || ReversedOrder.InStore(order);
                var state = new OrderLedgerState(order.OrderTotal, order.RefundedAmount, reversed);
                var recorded = existing
                    .Select(entry => new RecordedEntry(entry.Id, _ledgerStore.ToLedgerEntry(entry),
                        ReceiptPolicy.IsLocked(entry.Status)))
                    .ToList();
                var plan = ClosedMonthRecalculation.Plan(EngineId.Of(order.Id), order.PaidDateUtc!.Value, paid.Entries, recorded, state, progress.Closed);

                if (!progress.DryRun)
                    await ApplyToOrderAsync(order, existing, plan, paid.Contributions, paid.CreditedSales, crediting);

                progress.Run.OrdersExamined++;
                progress.Run.EntriesAdded += plan.Add.Count;
                progress.Run.EntriesRemoved += plan.Remove.Count;
                progress.Run.NetChange += plan.Differences.Sum(difference => difference.Difference);
                progress.Differences.AddRange(plan.Differences);
            }
            catch (Exception exception)
            {
                progress.Failures.Add($"#{order.Id}: {exception.Message}");
                await _logger.WarningAsync($"Sales commission: order #{order.Id} could not be recalculated. {exception.Message}", exception);
            }
        }
    }

    /// <summary>
    /// The crediting an order is recalculated with (the engine's <see cref="CreditingChoice"/>): the one stored when it was
    /// paid, unless the manager asked to credit again with today's assignments or it has none stored.
    /// </summary>
    private static CreditingDecision ChooseCrediting(Order order, OrderSnapshot snapshot, CommissionSetup setup,
        IDictionary<int, OrderCredit> storedCrediting, RunProgress progress) =>
        CreditingChoice.Choose(storedCrediting.TryGetValue(order.Id, out var stored) ? stored : null, progress.CreditAgain, snapshot, setup);

    /// <summary>
    /// Writes one order's recalculation in one transaction; its credited sales follow the crediting it was planned with
    /// (and an order paid before credited sales were stored gets them), and that crediting is stored when it was decided now.
    /// </summary>
    private async Task ApplyToOrderAsync(Order order, IList<CommissionEntry> existing, RecalculationPlan plan,
        IReadOnlyList<PeriodContribution> contributions, IReadOnlyList<CreditedSale> creditedSales, CreditingDecision crediting)
    {
        var removeIds = plan.Remove.Select(id => (int)id).ToArray();

        using var transaction = LedgerTransaction.Begin();
        await _ledgerLock.TakeAsync();

        if (removeIds.Length > 0)
        {
            //a receipt may have been approved since the ledger was read: its entries are locked and the order is left as it is
            var removed = await _entryRepository.Table.Where(entry => removeIds.Contains(entry.Id)).ToListAsync();
            if (removed.Count != removeIds.Length || removed.Any(entry => ReceiptPolicy.IsLocked(entry.Status)))
                throw new InvalidOperationException($"The ledger of order #{order.Id} changed while it was recalculated; run it again");

            await RemoveFromDraftReceiptsAsync(removed);
            await _entryRepository.DeleteAsync(removed);
        }

        await _ledgerStore.InsertEntriesAsync(order, existing.Where(entry => !removeIds.Contains(entry.Id)).ToList(), plan.Add,
            plan.CorrectedMonth, plan.PostedInMonth);

        await _periodCreditRepository.DeleteAsync(credit => credit.OrderId == order.Id);
        await _ledgerStore.InsertPeriodCreditsAsync(order, contributions);

        await _creditedSaleRepository.DeleteAsync(sale => sale.OrderId == order.Id);
        await _ledgerStore.InsertCreditedSalesAsync(order, creditedSales);

        if (crediting.Store)
            await _creditingStore.SaveAsync(order, crediting.Credit);

        transaction.Complete();
    }

    /// <summary>Takes replaced entries out of the draft receipts that gathered them, lowering those drafts' totals.</summary>
    private async Task RemoveFromDraftReceiptsAsync(IList<CommissionEntry> removed)
    {
        var drafted = removed.Where(entry => entry.ReceiptId is not null).ToList();
        if (drafted.Count == 0)
            return;

        var receiptIds = drafted.Select(entry => entry.ReceiptId.Value).Distinct().ToArray();
        var entryIds = drafted.Select(entry => entry.Id).ToArray();
        var receipts = await _receiptRepository.Table.Where(receipt => receiptIds.Contains(receipt.Id)).ToListAsync();
        if (receipts.Any(receipt => receipt.StatusId != (int)ReceiptStatus.Draft))
            throw new InvalidOperationException("A receipt holding these entries is no longer a draft; run the recalculation again");

        var lines = (await _lineRepository.Table
                .Where(line => entryIds.Contains(line.EntryId) && receiptIds.Contains(line.ReceiptId))
                .ToListAsync())
            .Where(line => drafted.Any(entry => entry.Id == line.EntryId && entry.ReceiptId == line.ReceiptId))
            .ToList();

        foreach (var receipt in receipts)
            receipt.Total -= lines.Where(line => line.ReceiptId == receipt.Id).Sum(line => line.Amount);

        await _lineRepository.DeleteAsync(lines);
        await _receiptRepository.UpdateAsync(receipts);
    }

    private async Task<IReadOnlyList<RecalculationDifference>> RunAsync(DateTime? fromUtc, DateTime? toUtc,
        IReadOnlyCollection<int> orderIds, bool dryRun, bool creditAgain)
    {
        var ids = orderIds?.Distinct().Order().ToArray();
        var customer = await _workContext.GetCurrentCustomerAsync();
        var run = new RecalculationRun
        {
            CustomerId = customer?.Id ?? 0,
            StartedOnUtc = DateTime.UtcNow,
            FromUtc = ids is null ? fromUtc : null,
            ToUtc = ids is null ? toUtc : null,
            OrderIds = ids is null ? null : string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))),
            DryRun = dryRun
        };
        await _runRepository.InsertAsync(run, false);

        var progress = new RunProgress(run, dryRun, creditAgain, HistoryScope.Run(fromUtc, ids)) { Closed = await _periodCloseService.GetClosedMonthsAsync() };
        try
        {
            Order last = null;
            while (await GetNextBatchAsync(fromUtc, toUtc, ids, last) is { Count: > 0 } batch)
            {
                await RecalculateBatchAsync(batch, progress);
                last = batch[^1];
            }

            run.Result = $"{run.OrdersExamined} orders recalculated, {progress.Differences.Count} changes" +
                         (progress.Failures.Count == 0
                             ? string.Empty
                             : $"; {progress.Failures.Count} orders failed: {string.Join("; ", progress.Failures.Take(MaxReportedFailures))}");
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

        return progress.Differences;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<RecalculationDifference>> PreviewAsync(DateTime? fromUtc, DateTime? toUtc,
        IReadOnlyCollection<int> orderIds = null, bool creditAgain = false) => RunAsync(fromUtc, toUtc, orderIds, dryRun: true, creditAgain);

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<RecalculationDifference>> ApplyAsync(DateTime? fromUtc, DateTime? toUtc,
        IReadOnlyCollection<int> orderIds = null, bool creditAgain = false) => RunAsync(fromUtc, toUtc, orderIds, dryRun: false, creditAgain);

    /// <inheritdoc />
    public virtual async Task<IPagedList<RecalculationRun>> GetRunsAsync(int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return await _runRepository.GetAllPagedAsync(query =>
            query.OrderByDescending(run => run.StartedOnUtc).ThenByDescending(run => run.Id), pageIndex, pageSize);
    }

    #endregion
}
