using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Writes a batch of recalculated orders with a handful of set-based statements (deletes by order or id, bulk
/// inserts) in one ledger transaction, so a batch of a thousand orders costs about as many round trips as one order.
/// </summary>
public class RecalculationWriter : IRecalculationWriter
{
    #region Fields

    private readonly ILedgerLock _ledgerLock;
    private readonly ILedgerStore _ledgerStore;
    private readonly IOrderCreditingStore _creditingStore;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<CommissionReceipt> _receiptRepository;
    private readonly IRepository<PeriodCredit> _periodCreditRepository;
    private readonly IRepository<ReceiptLine> _lineRepository;
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;
    private readonly IReportTotalKeeper _reportTotalKeeper;

    #endregion

    #region Ctor

    /// <summary>Creates the writer.</summary>
    public RecalculationWriter(ILedgerLock ledgerLock,
        ILedgerStore ledgerStore,
        IOrderCreditingStore creditingStore,
        IRepository<CommissionEntry> entryRepository,
        IRepository<CommissionReceipt> receiptRepository,
        IRepository<PeriodCredit> periodCreditRepository,
        IRepository<ReceiptLine> lineRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository,
        IReportTotalKeeper reportTotalKeeper)
    {
        _ledgerLock = ledgerLock;
        _ledgerStore = ledgerStore;
        _creditingStore = creditingStore;
        _entryRepository = entryRepository;
        _receiptRepository = receiptRepository;
        _periodCreditRepository = periodCreditRepository;
        _lineRepository = lineRepository;
        _creditedSaleRepository = creditedSaleRepository;
        _reportTotalKeeper = reportTotalKeeper;
    }

    #endregion

    #region Utilities

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

        var draftedIn = drafted.Select(entry => (entry.Id, entry.ReceiptId.Value)).ToHashSet();
        var lines = (await _lineRepository.Table
                .Where(line => entryIds.Contains(line.EntryId) && receiptIds.Contains(line.ReceiptId))
                .ToListAsync())
            .Where(line => draftedIn.Contains((line.EntryId, line.ReceiptId)))
            .ToList();

        foreach (var receipt in receipts)
            receipt.Total -= lines.Where(line => line.ReceiptId == receipt.Id).Sum(line => line.Amount);

        await _lineRepository.DeleteAsync(lines);
        await _receiptRepository.UpdateAsync(receipts);
    }

    /// <summary>Writes the batch, the lock taken: its replaced entries out, its new entries, period credits and credited sales in.</summary>
    private async Task WriteLockedAsync(IReadOnlyList<RecalculatedOrder> orders, int[] orderIds, HashSet<int> removeIds, DateTime now)
    {
        if (removeIds.Count > 0)
        {
            //a receipt may have been approved since the ledger was read: its entries are locked and the batch is left as it is
            var ids = removeIds.ToArray();
            var removed = await _entryRepository.Table.Where(entry => ids.Contains(entry.Id)).ToListAsync();
            if (removed.Count != ids.Length || removed.Any(entry => ReceiptPolicy.IsLocked(entry.Status)))
                throw new InvalidOperationException("The ledger of these orders changed while they were recalculated; run it again");

            await RemoveFromDraftReceiptsAsync(removed);
            await _entryRepository.DeleteAsync(entry => ids.Contains(entry.Id));
        }

        var entries = orders
            .SelectMany(order => _ledgerStore.EntryRows(order.Order,
                order.Existing.Where(entry => !removeIds.Contains(entry.Id)).ToList(), order.Plan.Add, now,
                order.Plan.CorrectedMonth, order.Plan.PostedInMonth))
            .ToList();
        await BulkRows.InsertAsync(_entryRepository, entries);

        //period credits and credited sales follow today's programs and the crediting each order was planned with (an order
        //paid before credited sales were stored gets them)
        await _periodCreditRepository.DeleteAsync(credit => orderIds.Contains(credit.OrderId));
        var credits = orders.SelectMany(order => _ledgerStore.PeriodCreditRows(order.Order, order.Contributions)).ToList();
        await BulkRows.InsertAsync(_periodCreditRepository, credits);

        await _creditedSaleRepository.DeleteAsync(sale => orderIds.Contains(sale.OrderId));
        var sales = orders.SelectMany(order => _ledgerStore.CreditedSaleRows(order.Order, order.CreditedSales)).ToList();
        await BulkRows.InsertAsync(_creditedSaleRepository, sales);

        //a crediting decided now (none was stored, or the manager asked to credit again) is kept
        foreach (var order in orders.Where(order => order.Crediting.Store))
            await _creditingStore.SaveAsync(order.Order, order.Crediting.Credit);
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task WriteAsync(IReadOnlyList<RecalculatedOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        if (orders.Count == 0)
            return;

        var orderIds = orders.Select(order => order.Order.Id).ToArray();
        var removeIds = orders.SelectMany(order => order.Plan.Remove).Select(id => (int)id).ToHashSet();
        var now = DateTime.UtcNow;

        using var transaction = LedgerTransaction.Begin();
        await _ledgerLock.TakeAsync();
        await _reportTotalKeeper.KeepAsync(orderIds, () => WriteLockedAsync(orders, orderIds, removeIds, now));
        transaction.Complete();
    }

    #endregion
}
