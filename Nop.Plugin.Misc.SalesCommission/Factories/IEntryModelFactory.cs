using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Plugin.Misc.SalesCommission.Services;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the ledger page, the recalculation pages and the order panel.</summary>
public interface IEntryModelFactory
{
    /// <summary>Prepares the ledger page: filters, recalculation form and runs list.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the search model.</returns>
    Task<EntrySearchModel> PrepareEntrySearchModelAsync(EntrySearchModel searchModel);

    /// <summary>Prepares a page of ledger entries.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the list model.</returns>
    Task<EntryListModel> PrepareEntryListModelAsync(EntrySearchModel searchModel);

    /// <summary>Gets the entries, as filtered, as a CSV or Excel file.</summary>
    /// <param name="searchModel">The ledger page's filters.</param>
    /// <param name="format">CSV or Excel.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the file.</returns>
    Task<ExportFile> ExportAsync(EntrySearchModel searchModel, ExportFormat format);

    /// <summary>Prepares entry rows with their beneficiary and program names.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the rows.</returns>
    Task<IList<EntryModel>> PrepareEntryModelsAsync(IEnumerable<CommissionEntry> entries);

    /// <summary>Adds every staff member and partner to a select list.</summary>
    /// <param name="items">The list.</param>
    /// <param name="withAll">True to start with an "All" item.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    Task PrepareBeneficiaryOptionsAsync(IList<SelectListItem> items, bool withAll);

    /// <summary>Reads what a valid recalculation form asks for, in UTC.</summary>
    /// <param name="model">The form.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the scope.</returns>
    Task<RecalculationScope> GetRecalculationScopeAsync(RecalculationModel model);

    /// <summary>Prepares the preview of a recalculation.</summary>
    /// <param name="request">What is recalculated.</param>
    /// <param name="differences">The engine's differences.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model.</returns>
    Task<RecalculationPreviewModel> PrepareRecalculationPreviewModelAsync(RecalculationModel request,
        IReadOnlyList<RecalculationDifference> differences);

    /// <summary>Prepares a page of recalculation runs.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the list model.</returns>
    Task<RecalculationRunListModel> PrepareRunListModelAsync(RecalculationRunSearchModel searchModel);

    /// <summary>Prepares the commission panel of an order.</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the panel model.</returns>
    Task<OrderCommissionPanelModel> PrepareOrderPanelModelAsync(int orderId);
}
