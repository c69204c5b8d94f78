using LinqToDB;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Builds the report totals again from the whole ledger (the 1.3.0 upgrade, over a ledger written before the totals
/// existed): the orders are read a range of ids at a time and the totals written at the end.
/// </summary>
public static class ReportTotalRebuild
{
    /// <summary>Orders read at a time.</summary>
    private const int OrdersAtATime = 5_000;

    /// <summary>Replaces every report total with the ledger's.</summary>
    /// <param name="dataProvider">The store's database.</param>
    /// <returns>A task that represents the asynchronous operation; its result is the number of totals written</returns>
    public static async Task<int> RunAsync(INopDataProvider dataProvider)
    {
        ArgumentNullException.ThrowIfNull(dataProvider);

        var entries = dataProvider.GetTable<CommissionEntry>();
        var creditedSales = dataProvider.GetTable<StaffCreditedSale>();
        var source = new ReportTotalSource(entries, creditedSales, dataProvider.GetTable<Order>(), dataProvider.GetTable<OrderItem>());
        var lastOrderId = Math.Max(await entries.MaxAsync(entry => (int?)entry.OrderId) ?? 0,
            await creditedSales.MaxAsync(sale => (int?)sale.OrderId) ?? 0);

        var totals = new Dictionary<(DateTime, int, int, int, int), ReportTotal>();
        for (var from = 0; from <= lastOrderId; from += OrdersAtATime)
        {
            foreach (var total in await source.OfOrderRangeAsync(from, from + OrdersAtATime))
                ReportTotalSource.Add(totals, total, 1);
        }

        await dataProvider.GetTable<ReportTotal>().DeleteAsync();
        var rows = totals.Values.Where(total => total.Entries != 0 || total.SaleRows != 0).ToList();
        await dataProvider.BulkInsertEntitiesAsync(rows);

        return rows.Count;
    }
}
