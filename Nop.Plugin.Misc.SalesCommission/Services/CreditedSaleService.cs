using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads staff members' credited net sales from the rows written when orders are paid
/// </summary>
public class CreditedSaleService : ICreditedSaleService
{
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;

    /// <summary>
    /// Creates the service
    /// </summary>
    public CreditedSaleService(IRepository<StaffCreditedSale> creditedSaleRepository)
    {
        _creditedSaleRepository = creditedSaleRepository;
    }

    /// <inheritdoc />
    public async Task<decimal> GetCreditedNetSalesAsync(IReadOnlyCollection<int> staffCustomerIds, DateTime fromUtc, DateTime toUtc)
    {
        if (staffCustomerIds.Count == 0)
            return 0m;

        var ids = staffCustomerIds.ToArray();
        var sum = await _creditedSaleRepository.Table
            .Where(sale => ids.Contains(sale.StaffCustomerId) && sale.PaidOnUtc >= fromUtc && sale.PaidOnUtc < toUtc)
            .SumAsync(sale => (decimal?)sale.NetSales);

        return sum ?? 0m;
    }
}
