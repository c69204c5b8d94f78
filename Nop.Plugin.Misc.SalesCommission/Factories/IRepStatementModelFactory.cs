using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Prepares the models of the staff members' storefront pages and widget.</summary>
public interface IRepStatementModelFactory
{
    /// <summary>Prepares the "My commissions" page of a staff member.</summary>
    /// <param name="viewerCustomerId">Who looks (the staff member, or their manager).</param>
    /// <param name="staffCustomerId">Whose figures are shown; the caller has checked the viewer may see them.</param>
    /// <param name="visibility">The hierarchy's visibility rules (for the viewer's team).</param>
    /// <param name="pageNumber">The page of entries, from 1.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model.</returns>
    Task<MyCommissionsModel> PrepareMyCommissionsModelAsync(int viewerCustomerId, int staffCustomerId, TeamVisibility visibility, int pageNumber);

    /// <summary>Prepares the statement of a receipt.</summary>
    /// <param name="receipt">The receipt; the caller has checked the viewer may see it.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model.</returns>
    Task<ReceiptStatementModel> PrepareReceiptStatementModelAsync(CommissionReceipt receipt);

    /// <summary>Prepares the dashboard widget of a staff member.</summary>
    /// <param name="staffCustomerId">The staff member.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model.</returns>
    Task<RepCommissionWidgetModel> PrepareRepWidgetModelAsync(int staffCustomerId);

    /// <summary>Prepares entries as the rep reads them (a hold shown as "on hold until").</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the rows.</returns>
    Task<IList<CommissionEntryRowModel>> PrepareEntryRowsAsync(IList<CommissionEntry> entries);
}
