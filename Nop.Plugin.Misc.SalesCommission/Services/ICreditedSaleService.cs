namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads staff members' credited net sales, the figure targets are measured against (rules §7)
/// </summary>
public interface ICreditedSaleService
{
    /// <summary>
    /// Gets the credited net sales of some staff members for orders paid in [fromUtc, toUtc)
    /// </summary>
    /// <param name="staffCustomerIds">The staff members (customer ids); their shares are summed, so an order split between two of them counts once in full</param>
    /// <param name="fromUtc">The first instant of the period</param>
    /// <param name="toUtc">The first instant after the period</param>
    /// <returns>A task that represents the asynchronous operation; its result is the unrounded sum</returns>
    Task<decimal> GetCreditedNetSalesAsync(IReadOnlyCollection<int> staffCustomerIds, DateTime fromUtc, DateTime toUtc);
}
