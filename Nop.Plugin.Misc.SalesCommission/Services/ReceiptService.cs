using System.Globalization;
using System.Transactions;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Payout statements. The engine gathers entries into drafts and decides every status change; this service stores
/// the receipts, their lines and the entries' statuses, each change in one transaction.
/// </summary>
public class ReceiptService : IReceiptService
{
    #region Fields

    private readonly IHoldPeriodService _holdPeriodService;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<CommissionExpense> _expenseRepository;
    private readonly IRepository<CommissionReceipt> _receiptRepository;
    private readonly IRepository<ReceiptLine> _lineRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public ReceiptService(IHoldPeriodService holdPeriodService,
        IRepository<CommissionEntry> entryRepository,
        IRepository<CommissionExpense> expenseRepository,
        IRepository<CommissionReceipt> receiptRepository,
        IRepository<ReceiptLine> lineRepository)
    {
        _holdPeriodService = holdPeriodService;
        _entryRepository = entryRepository;
        _expenseRepository = expenseRepository;
        _receiptRepository = receiptRepository;
        _lineRepository = lineRepository;
    }

    #endregion

    #region Utilities

    private async Task<CommissionReceipt> GetRequiredReceiptAsync(int receiptId) =>
        await GetReceiptByIdAsync(receiptId) ?? throw new ArgumentException($"No commission receipt with id {receiptId}", nameof(receiptId));

    /// <summary>Stores one draft: the receipt, its lines, and its entries marked as drafted in it.</summary>
    private async Task<CommissionReceipt> InsertDraftAsync(DraftReceipt draft, DateTime cutoffUtc, DateTime now)
    {
        var entryIds = draft.EntryIds.Select(id => (int)id).ToArray();

        using var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled);

        //another run or a recalculation may have taken some of these entries since they were read: leave them for the next run
        var entries = await _entryRepository.Table
            .Where(entry => entryIds.Contains(entry.Id) && entry.StatusId == (int)EntryStatus.Pending && entry.ReceiptId == null)
            .ToListAsync();
        if (entries.Count != entryIds.Length)
            return null;

        var receipt = new CommissionReceipt
        {
            Number = string.Empty,
            BeneficiaryTypeId = (int)draft.BeneficiaryType,
            BeneficiaryId = EngineId.ToHost(draft.BeneficiaryId),
            StatusId = (int)ReceiptStatus.Draft,
            CutoffUtc = cutoffUtc,
            Total = draft.Total,
            CreatedOnUtc = now
        };
        await _receiptRepository.InsertAsync(receipt);
        receipt.Number = $"R-{cutoffUtc.ToString("yyyyMM", CultureInfo.InvariantCulture)}-{receipt.Id.ToString(CultureInfo.InvariantCulture)}";
        await _receiptRepository.UpdateAsync(receipt);

        var byId = entries.ToDictionary(entry => entry.Id);
        await _lineRepository.InsertAsync(entryIds
            .Select(id => new ReceiptLine { ReceiptId = receipt.Id, EntryId = id, Amount = byId[id].Amount })
            .ToList());

        foreach (var entry in entries)
        {
            entry.StatusId = (int)EntryStatus.Drafted;
            entry.ReceiptId = receipt.Id;
        }
        await _entryRepository.UpdateAsync(entries);

        transaction.Complete();

        return receipt;
    }

    /// <summary>Asks the engine whether an action may go ahead and, when it may, stores the receipt's and its entries' new statuses.</summary>
    private async Task<ReceiptDecision> DecideAsync(int receiptId, ReceiptAction action, Action<CommissionReceipt, DateTime> stamp)
    {
        var receipt = await GetRequiredReceiptAsync(receiptId);
        var expenseBooked = await _expenseRepository.Table.AnyAsync(expense => expense.ReceiptId == receipt.Id);
        var decision = ReceiptPolicy.Decide(receipt.Status, action, receipt.Total, expenseBooked);
        if (!decision.Allowed)
            return decision;

        using var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled);

        receipt.StatusId = (int)decision.Status;
        stamp(receipt, DateTime.UtcNow);
        await _receiptRepository.UpdateAsync(receipt);

        var entries = await _entryRepository.Table.Where(entry => entry.ReceiptId == receipt.Id).ToListAsync();
        foreach (var entry in entries)
        {
            entry.StatusId = (int)decision.EntryStatus;
            if (decision.EntryStatus == EntryStatus.Pending)
                entry.ReceiptId = null;
        }
        if (entries.Count > 0)
            await _entryRepository.UpdateAsync(entries);

        transaction.Complete();

        return decision;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IList<CommissionReceipt>> CreateDraftsAsync(DateTime cutoffUtc, BeneficiaryType? beneficiaryType = null,
        int? beneficiaryId = null)
    {
        var query = _entryRepository.Table
            .Where(entry => entry.StatusId == (int)EntryStatus.Pending && entry.ReceiptId == null && entry.OrderPaidOnUtc <= cutoffUtc);
        if (beneficiaryType is { } type)
            query = query.Where(entry => entry.BeneficiaryTypeId == (int)type);
        if (beneficiaryId is { } id)
            query = query.Where(entry => entry.BeneficiaryId == id);

        var holds = await _holdPeriodService.GetEntryHoldsAsync();
        var candidates = (await query.ToListAsync())
            .Select(entry => new ReceiptCandidate(entry.Id, entry.BeneficiaryType,
                EngineId.Of(entry.BeneficiaryId), entry.OrderPaidOnUtc, entry.Amount, holds.PayableOnUtc(entry)));

        var now = DateTime.UtcNow;
        var receipts = new List<CommissionReceipt>();
        foreach (var draft in ReceiptDrafter.Plan(candidates, cutoffUtc, now))
        {
            if (await InsertDraftAsync(draft, cutoffUtc, now) is { } receipt)
                receipts.Add(receipt);
        }

        return receipts;
    }

    /// <inheritdoc />
    public virtual Task<ReceiptDecision> ApproveAsync(int receiptId) =>
        DecideAsync(receiptId, ReceiptAction.Approve, (receipt, now) => receipt.ApprovedOnUtc = now);

    /// <inheritdoc />
    public virtual Task<ReceiptDecision> PayAsync(int receiptId, DateTime paidOnUtc, string method, string reference) =>
        DecideAsync(receiptId, ReceiptAction.Pay, (receipt, _) =>
        {
            receipt.PaidOnUtc = paidOnUtc;
            receipt.PaymentMethod = method;
            receipt.PaymentReference = reference;
        });

    /// <inheritdoc />
    public virtual Task<ReceiptDecision> VoidAsync(int receiptId) =>
        DecideAsync(receiptId, ReceiptAction.Void, (receipt, now) => receipt.VoidedOnUtc = now);

    /// <inheritdoc />
    public virtual async Task<CommissionReceipt> GetReceiptByIdAsync(int receiptId)
    {
        return await _receiptRepository.GetByIdAsync(receiptId);
    }

    /// <inheritdoc />
    public virtual async Task<IPagedList<CommissionReceipt>> SearchReceiptsAsync(ReceiptStatus? status = null,
        BeneficiaryType? beneficiaryType = null, int? beneficiaryId = null, DateTime? createdFromUtc = null,
        DateTime? createdToUtc = null, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return await _receiptRepository.GetAllPagedAsync(query =>
        {
            if (status is { } wanted)
                query = query.Where(receipt => receipt.StatusId == (int)wanted);
            if (beneficiaryType is { } type)
                query = query.Where(receipt => receipt.BeneficiaryTypeId == (int)type);
            if (beneficiaryId is { } id)
                query = query.Where(receipt => receipt.BeneficiaryId == id);
            if (createdFromUtc is { } from)
                query = query.Where(receipt => receipt.CreatedOnUtc >= from);
            if (createdToUtc is { } to)
                query = query.Where(receipt => receipt.CreatedOnUtc <= to);

            return query.OrderByDescending(receipt => receipt.CreatedOnUtc).ThenByDescending(receipt => receipt.Id);
        }, pageIndex, pageSize);
    }

    /// <inheritdoc />
    public virtual async Task<IList<ReceiptLine>> GetReceiptLinesAsync(int receiptId)
    {
        return await _lineRepository.Table
            .Where(line => line.ReceiptId == receiptId)
            .OrderBy(line => line.Id)
            .ToListAsync();
    }

    /// <inheritdoc />
    public virtual async Task<IList<CommissionEntry>> GetReceiptEntriesAsync(int receiptId)
    {
        return await (from line in _lineRepository.Table
                      join entry in _entryRepository.Table on line.EntryId equals entry.Id
                      where line.ReceiptId == receiptId
                      orderby line.Id
                      select entry).ToListAsync();
    }

    /// <inheritdoc />
    public virtual async Task<bool> HasReceiptsForCutoffAsync(DateTime cutoffUtc)
    {
        //the database may store the cut-off with less precision than it was computed with
        var from = cutoffUtc.AddSeconds(-1);
        var to = cutoffUtc.AddSeconds(1);

        return await _receiptRepository.Table.AnyAsync(receipt => receipt.CutoffUtc >= from && receipt.CutoffUtc <= to);
    }

    #endregion
}
