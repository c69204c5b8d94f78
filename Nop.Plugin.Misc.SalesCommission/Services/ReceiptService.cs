using System.Globalization;
using System.Transactions;
using LinqToDB;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Engine;
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

    /// <summary>How many pending entries are read together at most (one beneficiary with more is read alone).</summary>
    private const int EntriesReadTogether = 50_000;

    /// <summary>The longest one receipt's transaction may take (bulk statements: seconds for a hundred thousand entries).</summary>
    private static readonly TimeSpan DraftTimeout = TimeSpan.FromMinutes(5);

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

    /// <summary>The pending entries of orders paid up to a cut-off, of one kind of beneficiary or one beneficiary when asked.</summary>
    private IQueryable<CommissionEntry> PendingEntries(DateTime cutoffUtc, BeneficiaryType? beneficiaryType, int? beneficiaryId)
    {
        var query = _entryRepository.Table
            .Where(entry => entry.StatusId == (int)EntryStatus.Pending && entry.ReceiptId == null && entry.OrderPaidOnUtc <= cutoffUtc);
        if (beneficiaryType is { } type)
            query = query.Where(entry => entry.BeneficiaryTypeId == (int)type);
        if (beneficiaryId is { } id)
            query = query.Where(entry => entry.BeneficiaryId == id);

        return query;
    }

    /// <summary>
    /// The beneficiaries with pending entries, in the order the drafter orders its receipts, in groups read together:
    /// each group of one kind and at most <see cref="EntriesReadTogether"/> entries (or one beneficiary with more).
    /// </summary>
    private async Task<IList<(BeneficiaryType Type, int[] Ids)>> GetBeneficiaryGroupsAsync(IQueryable<CommissionEntry> pending)
    {
        var beneficiaries = await pending
            .GroupBy(entry => new { entry.BeneficiaryTypeId, entry.BeneficiaryId })
            .Select(beneficiary => new { beneficiary.Key.BeneficiaryTypeId, beneficiary.Key.BeneficiaryId, Entries = beneficiary.Count() })
            .ToListAsync();

        var groups = new List<(BeneficiaryType, int[])>();
        foreach (var type in beneficiaries.GroupBy(beneficiary => beneficiary.BeneficiaryTypeId).OrderBy(type => type.Key))
        {
            var group = new List<int>();
            var entries = 0;
            foreach (var beneficiary in type.OrderBy(beneficiary => EngineId.Of(beneficiary.BeneficiaryId), IdOrder.Instance))
            {
                if (group.Count > 0 && entries + beneficiary.Entries > EntriesReadTogether)
                {
                    groups.Add(((BeneficiaryType)type.Key, group.ToArray()));
                    group.Clear();
                    entries = 0;
                }

                group.Add(beneficiary.BeneficiaryId);
                entries += beneficiary.Entries;
            }

            groups.Add(((BeneficiaryType)type.Key, group.ToArray()));
        }

        return groups;
    }

    /// <summary>
    /// Stores one draft in one transaction: the receipt, its lines, and its entries marked as drafted in it with one
    /// statement. When some entry was taken meanwhile (another run, a recalculation), nothing of the draft stays and
    /// its entries are left for the next run.
    /// </summary>
    private async Task<CommissionReceipt> InsertDraftAsync(DraftReceipt draft, IReadOnlyDictionary<long, decimal> amounts,
        DateTime cutoffUtc, DateTime now)
    {
        using var transaction = new TransactionScope(TransactionScopeOption.Required,
            new TransactionOptions { IsolationLevel = IsolationLevel.ReadCommitted, Timeout = DraftTimeout },
            TransactionScopeAsyncFlowOption.Enabled);

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

        await BulkRows.InsertAsync(_lineRepository, draft.EntryIds
            .Select(id => new ReceiptLine { ReceiptId = receipt.Id, EntryId = (int)id, Amount = amounts[id] })
            .ToList());

        var entries = (ITable<CommissionEntry>)_entryRepository.Table;
        var lines = entries.DataContext.GetTable<ReceiptLine>();
        var receiptId = receipt.Id;
        var marked = await entries
            .Where(entry => entry.StatusId == (int)EntryStatus.Pending && entry.ReceiptId == null
                            && lines.Any(line => line.ReceiptId == receiptId && line.EntryId == entry.Id))
            .Set(entry => entry.StatusId, (int)EntryStatus.Drafted)
            .Set(entry => entry.ReceiptId, (int?)receiptId)
            .UpdateAsync();
        if (marked != draft.EntryIds.Count)
            return null;

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

        using var transaction = new TransactionScope(TransactionScopeOption.Required,
            new TransactionOptions { IsolationLevel = IsolationLevel.ReadCommitted, Timeout = DraftTimeout },
            TransactionScopeAsyncFlowOption.Enabled);

        receipt.StatusId = (int)decision.Status;
        stamp(receipt, DateTime.UtcNow);
        await _receiptRepository.UpdateAsync(receipt);

        //every entry of the receipt in one statement, however many it gathered
        var id = receipt.Id;
        int? keptReceiptId = decision.EntryStatus == EntryStatus.Pending ? null : id;
        await _entryRepository.Table
            .Where(entry => entry.ReceiptId == id)
            .Set(entry => entry.StatusId, (int)decision.EntryStatus)
            .Set(entry => entry.ReceiptId, keptReceiptId)
            .UpdateAsync();

        transaction.Complete();

        return decision;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IList<CommissionReceipt>> CreateDraftsAsync(DateTime cutoffUtc, BeneficiaryType? beneficiaryType = null,
        int? beneficiaryId = null, IJobProgress progress = null)
    {
        progress ??= UnwatchedProgress.Instance;

        var pending = PendingEntries(cutoffUtc, beneficiaryType, beneficiaryId);
        var groups = await GetBeneficiaryGroupsAsync(pending);
        await progress.StartAsync(groups.Sum(group => group.Ids.Length));

        var holds = await _holdPeriodService.GetEntryHoldsAsync();
        var now = DateTime.UtcNow;
        var receipts = new List<CommissionReceipt>();
        var done = 0;
        foreach (var (type, ids) in groups)
        {
            //only what the engine reads of each entry, a group of beneficiaries at a time, so memory stays flat
            var candidates = await pending
                .Where(entry => entry.BeneficiaryTypeId == (int)type && ids.Contains(entry.BeneficiaryId))
                .Select(entry => new CommissionEntry
                {
                    Id = entry.Id,
                    ProgramId = entry.ProgramId,
                    BeneficiaryId = entry.BeneficiaryId,
                    OrderPaidOnUtc = entry.OrderPaidOnUtc,
                    HoldFromUtc = entry.HoldFromUtc,
                    Amount = entry.Amount
                })
                .ToListAsync();
            var amounts = candidates.ToDictionary(candidate => (long)candidate.Id, candidate => candidate.Amount);
            var drafts = ReceiptDrafter.Plan(candidates.Select(candidate => new ReceiptCandidate(candidate.Id, type,
                EngineId.Of(candidate.BeneficiaryId), candidate.OrderPaidOnUtc, candidate.Amount, holds.PayableOnUtc(candidate))),
                cutoffUtc, now);

            foreach (var draft in drafts)
            {
                if (await InsertDraftAsync(draft, amounts, cutoffUtc, now) is { } receipt)
                    receipts.Add(receipt);
            }

            done += ids.Length;
            if (!await progress.ReportAsync(done))
                break;
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
