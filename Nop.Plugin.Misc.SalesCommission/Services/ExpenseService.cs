using System.Globalization;
using System.Text;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// The commission expense journal: books paid receipts (once, as the engine's receipt policy allows) and exports
/// the journal to CSV for the accountant.
/// </summary>
public class ExpenseService : IExpenseService
{
    #region Fields

    private static readonly string[] CsvHeader =
        ["Date", "Category", "Amount", "BeneficiaryType", "BeneficiaryId", "Beneficiary", "Receipt", "Note"];

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

    /// <inheritdoc />
    public virtual async Task<byte[]> ExportCsvAsync(DateTime? fromUtc = null, DateTime? toUtc = null,
        BeneficiaryType? beneficiaryType = null, int? beneficiaryId = null)
    {
        var expenses = await Filter(_expenseRepository.Table, fromUtc, toUtc, beneficiaryType, beneficiaryId).ToListAsync();
        var names = await _entryService.GetBeneficiaryNamesAsync(expenses
            .Select(expense => (expense.BeneficiaryType, expense.BeneficiaryId)));

        var csv = new StringBuilder();
        csv.Append(string.Join(',', CsvHeader)).Append("\r\n");
        foreach (var expense in expenses)
        {
            csv.Append(string.Join(',',
                CsvFormat.Field(expense.DateUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), isText: false),
                CsvFormat.Field(expense.Category),
                CsvFormat.Field(expense.Amount.ToString("0.00", CultureInfo.InvariantCulture), isText: false),
                CsvFormat.Field((expense.BeneficiaryType).ToString()),
                CsvFormat.Field(expense.BeneficiaryId.ToString(CultureInfo.InvariantCulture), isText: false),
                CsvFormat.Field(names.TryGetValue((expense.BeneficiaryType, expense.BeneficiaryId), out var name) ? name : string.Empty),
                CsvFormat.Field(expense.Reference),
                CsvFormat.Field(expense.Note))).Append("\r\n");
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
    }

    #endregion
}
