using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Expenses;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the expense journal page and its exports.</summary>
public class ExpenseModelFactory : IExpenseModelFactory
{
    #region Fields

    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IListExport _listExport;
    private readonly IMoneyFormat _moneyFormat;
    private readonly IUserCalendar _userCalendar;
    private readonly IEntryService _entryService;
    private readonly IExpenseService _expenseService;
    private readonly ILocalizationService _localizationService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public ExpenseModelFactory(IDateTimeHelper dateTimeHelper,
        IListExport listExport,
        IMoneyFormat moneyFormat,
        IUserCalendar userCalendar,
        IEntryService entryService,
        IExpenseService expenseService,
        ILocalizationService localizationService)
    {
        _dateTimeHelper = dateTimeHelper;
        _listExport = listExport;
        _moneyFormat = moneyFormat;
        _userCalendar = userCalendar;
        _entryService = entryService;
        _expenseService = expenseService;
        _localizationService = localizationService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<ExpenseSearchModel> PrepareExpenseSearchModelAsync(ExpenseSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        searchModel.AvailableBeneficiaryTypes.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "-1"));
        foreach (var type in Enum.GetValues<BeneficiaryType>())
            searchModel.AvailableBeneficiaryTypes.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(type), ((int)type).ToString(CultureInfo.InvariantCulture)));
        searchModel.SetGridPageSize();

        return searchModel;
    }

    /// <inheritdoc />
    public virtual async Task<(DateTime? FromUtc, DateTime? ToUtc, BeneficiaryType? Type)> GetFilterAsync(ExpenseSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var days = await _userCalendar.DaysAsync(searchModel.SearchFrom, searchModel.SearchTo);
        var type = Enum.IsDefined((BeneficiaryType)searchModel.SearchBeneficiaryTypeId) ? (BeneficiaryType)searchModel.SearchBeneficiaryTypeId : (BeneficiaryType?)null;

        return (days.FromUtc, days.ToUtc, type);
    }

    /// <inheritdoc />
    public virtual async Task<ExpenseListModel> PrepareExpenseListModelAsync(ExpenseSearchModel searchModel)
    {
        var (fromUtc, toUtc, type) = await GetFilterAsync(searchModel);
        var expenses = await _expenseService.SearchExpensesAsync(fromUtc, toUtc, type, pageIndex: searchModel.Page - 1, pageSize: searchModel.PageSize);
        var names = await _entryService.GetBeneficiaryNamesAsync(expenses.Select(expense => (expense.BeneficiaryType, expense.BeneficiaryId)));

        var rows = new List<ExpenseModel>();
        foreach (var expense in expenses)
        {
            var beneficiaryType = expense.BeneficiaryType;
            var date = await _dateTimeHelper.ConvertToUserTimeAsync(expense.DateUtc, DateTimeKind.Utc);
            rows.Add(new ExpenseModel
            {
                Id = expense.Id,
                Date = date,
                DateText = date.ToString("d", CultureInfo.CurrentCulture),
                Category = expense.Category,
                Amount = expense.Amount,
                AmountText = await _moneyFormat.FormatAsync(expense.Amount),
                BeneficiaryType = await _localizationService.GetLocalizedEnumAsync(beneficiaryType),
                BeneficiaryName = names.TryGetValue((beneficiaryType, expense.BeneficiaryId), out var name) ? name : $"#{expense.BeneficiaryId}",
                ReceiptId = expense.ReceiptId,
                Reference = expense.Reference,
                Note = expense.Note
            });
        }

        return new ExpenseListModel().PrepareToGrid(searchModel, expenses, () => rows);
    }

    /// <inheritdoc />
    public virtual async Task<ExportFile> ExportAsync(ExpenseSearchModel searchModel, ExportFormat format)
    {
        var (fromUtc, toUtc, type) = await GetFilterAsync(searchModel);
        var expenses = await _expenseService.SearchExpensesAsync(fromUtc, toUtc, type);
        var names = await _entryService.GetBeneficiaryNamesAsync(expenses.Select(expense => (expense.BeneficiaryType, expense.BeneficiaryId)));
        var days = new Dictionary<int, DateTime>();
        foreach (var expense in expenses)
            days[expense.Id] = await _dateTimeHelper.ConvertToUserTimeAsync(expense.DateUtc, DateTimeKind.Utc);

        //the accountant's columns: stable invariant captions and values, the beneficiary's id beside the name for payroll
        return await _listExport.ExportAsync<CommissionExpense>(format, "commission-expenses", expenses,
        [
            new("Date", expense => days[expense.Id]),
            new("Category", expense => expense.Category),
            new("Amount", expense => expense.Amount),
            new("BeneficiaryType", expense => expense.BeneficiaryType.ToString()),
            new("BeneficiaryId", expense => expense.BeneficiaryId),
            new("Beneficiary", expense => names.TryGetValue((expense.BeneficiaryType, expense.BeneficiaryId), out var name) ? name : null),
            new("Receipt", expense => expense.Reference),
            new("Note", expense => expense.Note)
        ]);
    }

    #endregion
}
