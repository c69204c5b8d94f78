using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads what a staff member sees of their own commission in the storefront: figures by status, targets,
/// entries and receipts, and who may see whose.
/// </summary>
public interface IRepStatementService
{
    /// <summary>
    /// Gets the hierarchy's visibility rules: staff are customers in the sales-representative role with an active
    /// staff profile; managers see the staff below them.
    /// </summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the rules.</returns>
    Task<TeamVisibility> GetTeamVisibilityAsync();

    /// <summary>Sums a staff member's entries written in [fromUtc, toUtc) by status.</summary>
    /// <param name="staffCustomerId">The staff member.</param>
    /// <param name="fromUtc">The first instant of the period.</param>
    /// <param name="toUtc">The first instant after the period.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the totals.</returns>
    Task<CommissionStatusTotals> GetStatusTotalsAsync(int staffCustomerId, DateTime fromUtc, DateTime toUtc);

    /// <summary>Gets a staff member's entries, newest first.</summary>
    /// <param name="staffCustomerId">The staff member.</param>
    /// <param name="pageIndex">Page index.</param>
    /// <param name="pageSize">Page size.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the page of entries.</returns>
    Task<IPagedList<CommissionEntry>> GetEntriesAsync(int staffCustomerId, int pageIndex, int pageSize);

    /// <summary>Gets a staff member's approved and paid receipts (drafts and voided receipts are the office's), newest first.</summary>
    /// <param name="staffCustomerId">The staff member.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the receipts.</returns>
    Task<IList<CommissionReceipt>> GetStatementReceiptsAsync(int staffCustomerId);

    /// <summary>Gets a receipt a staff member may read as a statement: a staff receipt that is approved or paid.</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the receipt, or null.</returns>
    Task<CommissionReceipt> GetStatementReceiptAsync(int receiptId);
}
