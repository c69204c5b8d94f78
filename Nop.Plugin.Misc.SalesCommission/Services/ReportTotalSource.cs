using LinqToDB;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// What a set of orders adds to the report totals, read from the ledger (their entries and credited sales) and the
/// orders' lines in one query: the same sums the reports add up over the entries, by order and paid time, then by day.
/// </summary>
public class ReportTotalSource
{
    #region Fields

    private readonly IQueryable<CommissionEntry> _entries;
    private readonly IQueryable<StaffCreditedSale> _creditedSales;
    private readonly IQueryable<Order> _orders;
    private readonly IQueryable<OrderItem> _orderItems;

    #endregion

    #region Ctor

    /// <summary>Creates the source over the tables it reads.</summary>
    public ReportTotalSource(IQueryable<CommissionEntry> entries, IQueryable<StaffCreditedSale> creditedSales,
        IQueryable<Order> orders, IQueryable<OrderItem> orderItems)
    {
        _entries = entries;
        _creditedSales = creditedSales;
        _orders = orders;
        _orderItems = orderItems;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// The parts of the totals, one row per paid time, store and line of a grouping (the day column carries the paid
    /// time itself), of every grouping
    /// </summary>
    private IQueryable<ReportTotal> Parts(IQueryable<CommissionEntry> entries, IQueryable<StaffCreditedSale> creditedSales)
    {
        IQueryable<ReportTotal> parts = null;
        foreach (var grouping in Enum.GetValues<ReportTotalGrouping>())
        {
            var ofGrouping = CommissionParts(grouping, entries).Concat(SalesParts(grouping, entries, creditedSales));
            parts = parts is null ? ofGrouping : parts.Concat(ofGrouping);
        }

        return parts;
    }

    /// <summary>The parts added up by day</summary>
    private async Task<IList<ReportTotal>> TotalsAsync(IQueryable<CommissionEntry> entries, IQueryable<StaffCreditedSale> creditedSales)
    {
        var totals = new Dictionary<(DateTime, int, int, int, int), ReportTotal>();
        foreach (var part in await Parts(entries, creditedSales).ToListAsync())
        {
            part.DayUtc = DateTime.SpecifyKind(part.DayUtc.Date, DateTimeKind.Utc);
            Add(totals, part, 1);
        }

        return totals.Values.ToList();
    }

    #endregion

    #region Methods

    /// <summary>
    /// The commission parts of a grouping: what the entries add, one row per paid time, store and line (the day column
    /// carries the paid time itself; the rows carry no sales). A product's share of an order's commission is the
    /// share of its line in the order subtotal.
    /// </summary>
    /// <param name="grouping">The grouping.</param>
    /// <param name="entries">The entries.</param>
    /// <returns>The query of the parts.</returns>
    public IQueryable<ReportTotal> CommissionParts(ReportTotalGrouping grouping, IQueryable<CommissionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        switch (grouping)
        {
            case ReportTotalGrouping.Beneficiary:
                return entries
                    .GroupBy(entry => new { entry.OrderPaidOnUtc, entry.StoreId, entry.BeneficiaryTypeId, entry.BeneficiaryId })
                    .Select(group => new ReportTotal
                    {
                        DayUtc = group.Key.OrderPaidOnUtc, StoreId = group.Key.StoreId, GroupingId = (int)ReportTotalGrouping.Beneficiary,
                        BeneficiaryTypeId = group.Key.BeneficiaryTypeId, ItemId = group.Key.BeneficiaryId,
                        Commission = group.Sum(entry => entry.Amount), Entries = group.Count(), Sales = 0m, SaleRows = 0
                    });
            case ReportTotalGrouping.Program:
                return entries
                    .GroupBy(entry => new { entry.OrderPaidOnUtc, entry.StoreId, entry.ProgramId })
                    .Select(group => new ReportTotal
                    {
                        DayUtc = group.Key.OrderPaidOnUtc, StoreId = group.Key.StoreId, GroupingId = (int)ReportTotalGrouping.Program,
                        BeneficiaryTypeId = 0, ItemId = group.Key.ProgramId,
                        Commission = group.Sum(entry => entry.Amount), Entries = group.Count(), Sales = 0m, SaleRows = 0
                    });
            case ReportTotalGrouping.Client:
                return entries
                    .GroupBy(entry => new { entry.OrderPaidOnUtc, entry.StoreId, entry.ClientCustomerId })
                    .Select(group => new ReportTotal
                    {
                        DayUtc = group.Key.OrderPaidOnUtc, StoreId = group.Key.StoreId, GroupingId = (int)ReportTotalGrouping.Client,
                        BeneficiaryTypeId = 0, ItemId = group.Key.ClientCustomerId,
                        Commission = group.Sum(entry => entry.Amount), Entries = group.Count(), Sales = 0m, SaleRows = 0
                    });
            case ReportTotalGrouping.Product:
                var perOrder = entries
                    .GroupBy(entry => new { entry.OrderId, entry.OrderPaidOnUtc, entry.StoreId })
                    .Select(group => new { group.Key.OrderId, group.Key.OrderPaidOnUtc, group.Key.StoreId, Commission = group.Sum(entry => entry.Amount), Entries = group.Count() });
                return from order in perOrder
                       join item in _orderItems on order.OrderId equals item.OrderId
                       join host in _orders on order.OrderId equals host.Id
                       group new { order.Commission, order.Entries, item.PriceExclTax, host.OrderSubtotalExclTax }
                           by new { order.OrderPaidOnUtc, order.StoreId, item.ProductId } into product
                       select new ReportTotal
                       {
                           DayUtc = product.Key.OrderPaidOnUtc, StoreId = product.Key.StoreId, GroupingId = (int)ReportTotalGrouping.Product,
                           BeneficiaryTypeId = 0, ItemId = product.Key.ProductId,
                           Commission = product.Sum(line => line.OrderSubtotalExclTax == 0m ? 0m : line.Commission * line.PriceExclTax / line.OrderSubtotalExclTax),
                           Entries = product.Sum(line => line.Entries), Sales = 0m, SaleRows = 0
                       };
            default:
                throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null);
        }
    }

    /// <summary>
    /// The sales parts of a grouping: what the credited sales add, one row per paid time, store and line (the rows
    /// carry no commission). A staff member's line shows their own credited sales; a program's the credited sales it
    /// paid direct commission on (matched with the staff members' direct entries among <paramref name="paidEntries"/>,
    /// each order and staff member once); a client's those of their orders; a product's the share of its line in the
    /// order subtotal.
    /// </summary>
    /// <param name="grouping">The grouping.</param>
    /// <param name="paidEntries">The entries the programs' credited sales are matched with.</param>
    /// <param name="creditedSales">The credited sales.</param>
    /// <returns>The query of the parts.</returns>
    public IQueryable<ReportTotal> SalesParts(ReportTotalGrouping grouping, IQueryable<CommissionEntry> paidEntries, IQueryable<StaffCreditedSale> creditedSales)
    {
        ArgumentNullException.ThrowIfNull(paidEntries);
        ArgumentNullException.ThrowIfNull(creditedSales);

        var staff = (int)BeneficiaryType.Staff;
        var sales = from sale in creditedSales
                    join order in _orders on sale.OrderId equals order.Id
                    select new { sale.OrderId, sale.StaffCustomerId, sale.PaidOnUtc, sale.NetSales, order.StoreId, order.CustomerId, order.OrderSubtotalExclTax };

        switch (grouping)
        {
            case ReportTotalGrouping.Beneficiary:
                return sales
                    .GroupBy(sale => new { sale.PaidOnUtc, sale.StoreId, sale.StaffCustomerId })
                    .Select(group => new ReportTotal
                    {
                        DayUtc = group.Key.PaidOnUtc, StoreId = group.Key.StoreId, GroupingId = (int)ReportTotalGrouping.Beneficiary,
                        BeneficiaryTypeId = staff, ItemId = group.Key.StaffCustomerId,
                        Commission = 0m, Entries = 0, Sales = group.Sum(sale => sale.NetSales), SaleRows = group.Count()
                    });
            case ReportTotalGrouping.Program:
                var paidOn = paidEntries
                    .Where(entry => entry.KindId == (int)EntryKind.Direct && entry.BeneficiaryTypeId == staff)
                    .Select(entry => new { entry.ProgramId, entry.OrderId, entry.BeneficiaryId })
                    .Distinct();
                return from paid in paidOn
                       join sale in sales on new { paid.OrderId, StaffCustomerId = paid.BeneficiaryId } equals new { sale.OrderId, sale.StaffCustomerId }
                       group sale by new { sale.PaidOnUtc, sale.StoreId, paid.ProgramId } into program
                       select new ReportTotal
                       {
                           DayUtc = program.Key.PaidOnUtc, StoreId = program.Key.StoreId, GroupingId = (int)ReportTotalGrouping.Program,
                           BeneficiaryTypeId = 0, ItemId = program.Key.ProgramId,
                           Commission = 0m, Entries = 0, Sales = program.Sum(sale => sale.NetSales), SaleRows = program.Count()
                       };
            case ReportTotalGrouping.Client:
                return sales
                    .GroupBy(sale => new { sale.PaidOnUtc, sale.StoreId, sale.CustomerId })
                    .Select(group => new ReportTotal
                    {
                        DayUtc = group.Key.PaidOnUtc, StoreId = group.Key.StoreId, GroupingId = (int)ReportTotalGrouping.Client,
                        BeneficiaryTypeId = 0, ItemId = group.Key.CustomerId,
                        Commission = 0m, Entries = 0, Sales = group.Sum(sale => sale.NetSales), SaleRows = group.Count()
                    });
            case ReportTotalGrouping.Product:
                return from sale in sales
                       join item in _orderItems on sale.OrderId equals item.OrderId
                       group new { sale.NetSales, item.PriceExclTax, sale.OrderSubtotalExclTax }
                           by new { sale.PaidOnUtc, sale.StoreId, item.ProductId } into product
                       select new ReportTotal
                       {
                           DayUtc = product.Key.PaidOnUtc, StoreId = product.Key.StoreId, GroupingId = (int)ReportTotalGrouping.Product,
                           BeneficiaryTypeId = 0, ItemId = product.Key.ProductId,
                           Commission = 0m, Entries = 0,
                           Sales = product.Sum(line => line.OrderSubtotalExclTax == 0m ? 0m : line.NetSales * line.PriceExclTax / line.OrderSubtotalExclTax),
                           SaleRows = product.Count()
                       };
            default:
                throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null);
        }
    }

    /// <summary>The key a total is kept under: its day, store, grouping and line.</summary>
    public static (DateTime, int, int, int, int) KeyOf(ReportTotal total)
    {
        ArgumentNullException.ThrowIfNull(total);
        return (total.DayUtc, total.StoreId, total.GroupingId, total.BeneficiaryTypeId, total.ItemId);
    }

    /// <summary>Adds (sign 1) or takes away (sign -1) a total to the totals kept by key.</summary>
    /// <param name="totals">The totals by key.</param>
    /// <param name="total">The total to add.</param>
    /// <param name="sign">1 to add, -1 to take away.</param>
    public static void Add(IDictionary<(DateTime, int, int, int, int), ReportTotal> totals, ReportTotal total, int sign)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(total);

        var key = KeyOf(total);
        if (!totals.TryGetValue(key, out var sum))
        {
            sum = new ReportTotal
            {
                DayUtc = total.DayUtc, StoreId = total.StoreId, GroupingId = total.GroupingId,
                BeneficiaryTypeId = total.BeneficiaryTypeId, ItemId = total.ItemId
            };
            totals[key] = sum;
        }

        sum.Commission += sign * total.Commission;
        sum.Entries += sign * total.Entries;
        sum.Sales += sign * total.Sales;
        sum.SaleRows += sign * total.SaleRows;
    }

    /// <summary>What the orders add to the report totals, by day.</summary>
    /// <param name="orderIds">The orders.</param>
    /// <returns>A task that represents the asynchronous operation; its result is the totals (without ids)</returns>
    public virtual Task<IList<ReportTotal>> OfOrdersAsync(IReadOnlyCollection<int> orderIds)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        var ids = orderIds.Distinct().ToArray();

        return TotalsAsync(_entries.Where(entry => ids.Contains(entry.OrderId)), _creditedSales.Where(sale => ids.Contains(sale.OrderId)));
    }

    /// <summary>What the orders of an id range add to the report totals, by day.</summary>
    /// <param name="fromOrderId">The first order id.</param>
    /// <param name="toOrderId">The first order id after the range.</param>
    /// <returns>A task that represents the asynchronous operation; its result is the totals (without ids)</returns>
    public virtual Task<IList<ReportTotal>> OfOrderRangeAsync(int fromOrderId, int toOrderId)
    {
        return TotalsAsync(_entries.Where(entry => entry.OrderId >= fromOrderId && entry.OrderId < toOrderId),
            _creditedSales.Where(sale => sale.OrderId >= fromOrderId && sale.OrderId < toOrderId));
    }

    #endregion
}
