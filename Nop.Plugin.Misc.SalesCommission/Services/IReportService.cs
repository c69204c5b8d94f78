namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Adds up the commission ledger for reports and the dashboard; every sum is computed by the database
/// </summary>
public interface IReportService
{
    /// <summary>
    /// Gets a report: the ledger's entries for orders paid in [fromUtc, toUtc) of a store, added up by one grouping,
    /// largest commission first
    /// </summary>
    /// <param name="grouping">What to add up by</param>
    /// <param name="fromUtc">The first instant; null for no lower bound</param>
    /// <param name="toUtc">The first instant after the range; null for no upper bound</param>
    /// <param name="storeId">The store; 0 for all</param>
    /// <returns>A task that represents the asynchronous operation; its result is the report's lines</returns>
    Task<IList<ReportRow>> GetReportAsync(ReportGrouping grouping, DateTime? fromUtc, DateTime? toUtc, int storeId);

    /// <summary>
    /// Gets the credited sales every report counts (stored credited net sales, each order once per credited staff
    /// member, orders the store reversed left out) of orders paid in [fromUtc, toUtc) of a store, as a query to add to
    /// </summary>
    /// <param name="fromUtc">The first instant; null for no lower bound</param>
    /// <param name="toUtc">The first instant after the range; null for no upper bound</param>
    /// <param name="storeId">The store; 0 for all</param>
    /// <returns>The query</returns>
    IQueryable<Domain.StaffCreditedSale> GetCreditedSales(DateTime? fromUtc, DateTime? toUtc, int storeId);

    /// <summary>
    /// Gets the total of entries not yet in a paid receipt
    /// </summary>
    /// <returns>A task that represents the asynchronous operation; its result is the total</returns>
    Task<decimal> GetUnpaidTotalAsync();
}
