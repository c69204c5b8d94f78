using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// The commission expense journal: books paid receipts (once, as the engine's receipt policy allows) and finds them
/// for the journal page and its exports.
/// </summary>
public class ExpenseService : IExpenseService
{
    #region Fields

    private readonly IEntryService _entryService;
    private readonly IReceiptService _receiptService;
    private readonly IRepository<CommissionExpense> _expenseRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public ExpenseService(IEntryService entryService,
        IReceiptService receiptService,
        IRepository<CommissionExpense> expenseRepository)
    {
        _entryService = entryService;
        _receiptService = receiptService;
        _expenseRepository = expenseRepository;
    }

    #endregion

    #region Utilities

    private static IQueryable<CommissionExpense> Filter(IQueryable<CommissionExpense> query, DateTime? fromUtc, DateTime? toUtc,
        BeneficiaryType? beneficiaryType, int? beneficiaryId)
    {
        if (fromUtc is { } from)
            query = query.Where(expense => expense.DateUtc >= from);
        if (toUtc is { } to)
            query = query.Where(expense => expense.DateUtc < to);
        if (beneficiaryType is { } type)
            query = query.Where(expense => expense.BeneficiaryTypeId == (int)type);
        if (beneficiaryId is { } id)
            query = query.Where(expense => expense.BeneficiaryId == id);

        return query.OrderBy(expense => expense.DateUtc).ThenBy(expense => expense.Id);
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<ReceiptDecision> BookReceiptAsync(int receiptId, string note)
    {
        var receipt = await _receiptService.GetReceiptByIdAsync(receiptId)
                      ?? throw new ArgumentException($"No commission receipt with id {receiptId}", nameof(receiptId));
        var booked = await _expenseRepository.Table.AnyAsync(expense => expense.ReceiptId == receipt.Id);
        var decision = ReceiptPolicy.Decide(receipt.Status, ReceiptAction.BookExpense, receipt.Total, booked);
        if (!decision.Allowed)
            return decision;

        var now = DateTime.UtcNow;
        await _expenseRepository.InsertAsync(new CommissionExpense
        {
            ReceiptId = receipt.Id,
            DateUtc = receipt.PaidOnUtc ?? now,
            Category = SalesCommissionDefaults.ExpenseCategory,
            Amount = receipt.Total,
            BeneficiaryTypeId = receipt.BeneficiaryTypeId,
            BeneficiaryId = receipt.BeneficiaryId,
            Reference = receipt.Number,
            Note = note,
            CreatedOnUtc = now
        });

        return decision;
    }

    /// <inheritdoc />
    public virtual async Task<CommissionExpense> GetExpenseByReceiptIdAsync(int receiptId)
    {
        return await _expenseRepository.Table.FirstOrDefaultAsync(expense => expense.ReceiptId == receiptId);
    }

    /// <inheritdoc />
    public virtual async Task<IPagedList<CommissionExpense>> SearchExpensesAsync(DateTime? fromUtc = null, DateTime? toUtc = null,
        BeneficiaryType? beneficiaryType = null, int? beneficiaryId = null, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return await _expenseRepository.GetAllPagedAsync(query => Filter(query, fromUtc, toUtc, beneficiaryType, beneficiaryId),
            pageIndex, pageSize);
    }

    #endregion
}
