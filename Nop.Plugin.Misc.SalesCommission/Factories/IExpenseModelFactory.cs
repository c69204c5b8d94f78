using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Expenses;
using Nop.Plugin.Misc.SalesCommission.Services;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the expense journal page and its exports.</summary>
public interface IExpenseModelFactory
{
    /// <summary>Prepares the journal page's filters.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the search model.</returns>
    Task<ExpenseSearchModel> PrepareExpenseSearchModelAsync(ExpenseSearchModel searchModel);

    /// <summary>Prepares a page of the journal.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the list model.</returns>
    Task<ExpenseListModel> PrepareExpenseListModelAsync(ExpenseSearchModel searchModel);

    /// <summary>Gets the journal, as filtered, as a CSV or Excel file.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <param name="format">CSV or Excel.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the file.</returns>
    Task<ExportFile> ExportAsync(ExpenseSearchModel searchModel, ExportFormat format);

    /// <summary>Reads the journal filters in UTC, for the list and the exports alike.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the date range and the beneficiary type.</returns>
    Task<(DateTime? FromUtc, DateTime? ToUtc, BeneficiaryType? Type)> GetFilterAsync(ExpenseSearchModel searchModel);
}
