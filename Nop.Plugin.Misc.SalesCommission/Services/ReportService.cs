using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Performance;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Adds up the commission ledger in the database (grouped sums over the indexed entry table), for reports and the
/// dashboard
/// </summary>
public class ReportService : IReportService
{
    #region Fields

    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<OrderItem> _orderItemRepository;
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;
    private readonly IStaffDirectory _staffDirectory;

    #endregion

    #region Ctor

    /// <summary>
    /// Creates the service
    /// </summary>
    public ReportService(IRepository<CommissionEntry> entryRepository,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository,
        IStaffDirectory staffDirectory)
    {
        _entryRepository = entryRepository;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _creditedSaleRepository = creditedSaleRepository;
        _staffDirectory = staffDirectory;
    }

    #endregion

    #region Utilities

    private IQueryable<CommissionEntry> Entries(DateTime? fromUtc, DateTime? toUtc, int storeId)
    {
        var query = _entryRepository.Table;
        if (fromUtc is { } from)
            query = query.Where(entry => entry.OrderPaidOnUtc >= from);
        if (toUtc is { } to)
            query = query.Where(entry => entry.OrderPaidOnUtc < to);
        if (storeId > 0)
            query = query.Where(entry => entry.StoreId == storeId);

        return query;
    }

    /// <summary>
    /// The credited sales every report counts: the staff members' credited net sales stored when each order was paid
    /// (one row per order and credited staff member, so each order once however many programs paid on it), of orders
    /// paid in the range in the store, without the orders the store has cancelled, voided or deleted since
    /// </summary>
    private IQueryable<StaffCreditedSale> CreditedSales(DateTime? fromUtc, DateTime? toUtc, int storeId)
    {
        var orders = _orderRepository.Table.Where(ReversedOrder.StandingQuery);
        if (storeId > 0)
            orders = orders.Where(order => order.StoreId == storeId);

        var sales = _creditedSaleRepository.Table;
        if (fromUtc is { } from)
            sales = sales.Where(sale => sale.PaidOnUtc >= from);
        if (toUtc is { } to)
            sales = sales.Where(sale => sale.PaidOnUtc < to);

        return sales.Where(sale => orders.Any(order => order.Id == sale.OrderId));
    }

    private static async Task<IList<ReportRow>> SumAsync<TKey>(IQueryable<CommissionEntry> entries,
        System.Linq.Expressions.Expression<Func<CommissionEntry, TKey>> key, Func<TKey, (int Key, int Type)> describe)
    {
        var sums = await entries
            .GroupBy(key)
            .Select(group => new
            {
                group.Key,
                Commission = group.Sum(entry => entry.Amount),
                Entries = group.Count()
            })
            .ToListAsync();

        return sums.Select(sum =>
        {
            var (id, type) = describe(sum.Key);
            return new ReportRow(id, type, sum.Commission, null, sum.Entries);
        }).ToList();
    }

    /// <summary>
    /// Puts the credited sales beside the commission: a line with sales and no entries still shows; a line of a kind
    /// that is never credited sales (a partner) keeps none
    /// </summary>
    private static IList<ReportRow> WithSales(IList<ReportRow> commission, IDictionary<(int Key, int Type), decimal> sales,
        Func<int, bool> credited)
    {
        var rows = commission
            .Select(row => row with
            {
                Sales = sales.TryGetValue((row.Key, row.BeneficiaryTypeId), out var sum) ? Money.Round(sum)
                    : credited(row.BeneficiaryTypeId) ? 0m : null
            })
            .ToList();
        var shown = rows.Select(row => (row.Key, row.BeneficiaryTypeId)).ToHashSet();
        rows.AddRange(sales.Where(sale => !shown.Contains(sale.Key))
            .Select(sale => new ReportRow(sale.Key.Key, sale.Key.Type, 0m, Money.Round(sale.Value), 0)));

        return rows;
    }

    /// <summary>The rep lines: each staff member's own credited sales (partners are never credited sales)</summary>
    private async Task<IList<ReportRow>> SumBeneficiariesAsync(IQueryable<CommissionEntry> entries, IQueryable<StaffCreditedSale> credited)
    {
        var commission = await SumAsync(entries, entry => new { entry.BeneficiaryTypeId, entry.BeneficiaryId },
            key => (key.BeneficiaryId, key.BeneficiaryTypeId));
        var sales = await credited
            .GroupBy(sale => sale.StaffCustomerId)
            .Select(group => new { group.Key, Sales = group.Sum(sale => sale.NetSales) })
            .ToListAsync();

        return WithSales(commission, sales.ToDictionary(sum => (sum.Key, (int)BeneficiaryType.Staff), sum => sum.Sales),
            type => type == (int)BeneficiaryType.Staff);
    }

    /// <summary>
    /// Adds each manager's team (everyone below them, the manager included) from the staff lines
    /// </summary>
    private async Task<IList<ReportRow>> SumTeamsAsync(IList<ReportRow> beneficiaries)
    {
        //the same hierarchy the reps' team pages show
        var roster = await _staffDirectory.GetRosterAsync();
        var staff = beneficiaries.Where(row => row.BeneficiaryTypeId == (int)BeneficiaryType.Staff).ToDictionary(row => row.Key);

        var teams = new List<ReportRow>();
        foreach (var team in SalesTeams.Of(roster.Hierarchy, roster.Visibility))
        {
            var managerId = EngineId.ToHost(team.ManagerId);
            var members = team.Members.Select(EngineId.ToHost)
                .Where(staff.ContainsKey).Select(id => staff[id]).ToList();
            teams.Add(new ReportRow(managerId, (int)BeneficiaryType.Staff,
                members.Sum(row => row.Commission), members.Sum(row => row.Sales ?? 0m), members.Sum(row => row.Entries)));
        }

        return teams;
    }

    /// <summary>
    /// The program lines. Stacked programs pay on the same sale, so a program owns no credited sales of its own: its
    /// line shows the credited sales it paid direct commission on (each order and staff member once), and the lines
    /// of programs that stack count the same sale each
    /// </summary>
    private async Task<IList<ReportRow>> SumProgramsAsync(IQueryable<CommissionEntry> entries, IQueryable<StaffCreditedSale> credited)
    {
        var commission = await SumAsync(entries, entry => entry.ProgramId, key => (key, 0));
        var paidOn = entries
            .Where(entry => entry.KindId == (int)EntryKind.Direct && entry.BeneficiaryTypeId == (int)BeneficiaryType.Staff)
            .Select(entry => new { entry.ProgramId, entry.OrderId, entry.BeneficiaryId })
            .Distinct();
        var sales = await (from paid in paidOn
                           join sale in credited on new { paid.OrderId, StaffCustomerId = paid.BeneficiaryId } equals new { sale.OrderId, sale.StaffCustomerId }
                           group sale by paid.ProgramId into program
                           select new { program.Key, Sales = program.Sum(sale => sale.NetSales) })
            .ToListAsync();

        return WithSales(commission, sales.ToDictionary(sum => (sum.Key, 0), sum => sum.Sales), _ => true);
    }

    /// <summary>The client lines: the credited sales of each client's orders</summary>
    private async Task<IList<ReportRow>> SumClientsAsync(IQueryable<CommissionEntry> entries, IQueryable<StaffCreditedSale> credited)
    {
        var commission = await SumAsync(entries, entry => entry.ClientCustomerId, key => (key, 0));
        var sales = await (from sale in credited
                           join order in _orderRepository.Table on sale.OrderId equals order.Id
                           group sale by order.CustomerId into client
                           select new { client.Key, Sales = client.Sum(sale => sale.NetSales) })
            .ToListAsync();

        return WithSales(commission, sales.ToDictionary(sum => (sum.Key, 0), sum => sum.Sales), _ => true);
    }

    /// <summary>
    /// The product lines: each order's commission and credited sales spread over its lines by their share of the
    /// order subtotal
    /// </summary>
    private async Task<IList<ReportRow>> SumProductsAsync(IQueryable<CommissionEntry> entries, IQueryable<StaffCreditedSale> credited)
    {
        var perOrder = entries
            .GroupBy(entry => entry.OrderId)
            .Select(group => new { OrderId = group.Key, Commission = group.Sum(entry => entry.Amount), Entries = group.Count() });

        var commission = await (from order in perOrder
                                join item in _orderItemRepository.Table on order.OrderId equals item.OrderId
                                join host in _orderRepository.Table on order.OrderId equals host.Id
                                group new { order.Commission, order.Entries, item.PriceExclTax, host.OrderSubtotalExclTax } by item.ProductId into product
                                select new
                                {
                                    ProductId = product.Key,
                                    Commission = product.Sum(line => line.OrderSubtotalExclTax == 0m ? 0m : line.Commission * line.PriceExclTax / line.OrderSubtotalExclTax),
                                    Entries = product.Sum(line => line.Entries)
                                })
            .ToListAsync();

        var sales = await (from sale in credited
                           join item in _orderItemRepository.Table on sale.OrderId equals item.OrderId
                           join host in _orderRepository.Table on sale.OrderId equals host.Id
                           group new { sale.NetSales, item.PriceExclTax, host.OrderSubtotalExclTax } by item.ProductId into product
                           select new
                           {
                               product.Key,
                               Sales = product.Sum(line => line.OrderSubtotalExclTax == 0m ? 0m : line.NetSales * line.PriceExclTax / line.OrderSubtotalExclTax)
                           })
            .ToListAsync();

        return WithSales(commission.Select(sum => new ReportRow(sum.ProductId, 0, Money.Round(sum.Commission), null, sum.Entries)).ToList(),
            sales.ToDictionary(sum => (sum.Key, 0), sum => sum.Sales), _ => true);
    }

    /// <summary>The month lines, by the paid date (UTC)</summary>
    private static async Task<IList<ReportRow>> SumMonthsAsync(IQueryable<CommissionEntry> entries, IQueryable<StaffCreditedSale> credited)
    {
        var commission = await SumAsync(entries, entry => new { entry.OrderPaidOnUtc.Year, entry.OrderPaidOnUtc.Month },
            key => (key.Year * 100 + key.Month, 0));
        var sales = await credited
            .GroupBy(sale => new { sale.PaidOnUtc.Year, sale.PaidOnUtc.Month })
            .Select(group => new { group.Key, Sales = group.Sum(sale => sale.NetSales) })
            .ToListAsync();

        return WithSales(commission, sales.ToDictionary(sum => (sum.Key.Year * 100 + sum.Key.Month, 0), sum => sum.Sales), _ => true);
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IList<ReportRow>> GetReportAsync(ReportGrouping grouping, DateTime? fromUtc, DateTime? toUtc, int storeId)
    {
        var entries = Entries(fromUtc, toUtc, storeId);
        var credited = CreditedSales(fromUtc, toUtc, storeId);
        var rows = grouping switch
        {
            ReportGrouping.Rep => await SumBeneficiariesAsync(entries, credited),
            ReportGrouping.Team => await SumTeamsAsync(await SumBeneficiariesAsync(entries, credited)),
            ReportGrouping.Program => await SumProgramsAsync(entries, credited),
            ReportGrouping.Client => await SumClientsAsync(entries, credited),
            ReportGrouping.Product => await SumProductsAsync(entries, credited),
            ReportGrouping.Month => await SumMonthsAsync(entries, credited),
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null)
        };

        //months read best in calendar order; everything else largest first
        return grouping == ReportGrouping.Month
            ? rows.OrderBy(row => row.Key).ToList()
            : rows.OrderByDescending(row => row.Commission).ThenBy(row => row.Key).ToList();
    }

    /// <inheritdoc />
    public virtual IQueryable<StaffCreditedSale> GetCreditedSales(DateTime? fromUtc, DateTime? toUtc, int storeId) =>
        CreditedSales(fromUtc, toUtc, storeId);

    /// <inheritdoc />
    public virtual async Task<decimal> GetUnpaidTotalAsync()
    {
        return await _entryRepository.Table
            .Where(entry => entry.StatusId != (int)EntryStatus.Paid)
            .SumAsync(entry => (decimal?)entry.Amount) ?? 0m;
    }

    #endregion
}
