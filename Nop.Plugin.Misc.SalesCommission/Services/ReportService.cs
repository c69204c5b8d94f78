using System.Linq.Expressions;
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
/// Adds up the commission ledger for reports and the dashboard: whole days from the report totals the ledger keeps
/// (<see cref="ReportTotal"/>), the part-days at a range's edges from the entries and credited sales themselves
/// </summary>
public class ReportService : IReportService
{
    #region Fields

    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;
    private readonly IRepository<ReportTotal> _totalRepository;
    private readonly IStaffDirectory _staffDirectory;
    private readonly ReportTotalSource _source;

    #endregion

    #region Ctor

    /// <summary>
    /// Creates the service
    /// </summary>
    public ReportService(IRepository<CommissionEntry> entryRepository,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository,
        IRepository<ReportTotal> totalRepository,
        IStaffDirectory staffDirectory)
    {
        _entryRepository = entryRepository;
        _orderRepository = orderRepository;
        _creditedSaleRepository = creditedSaleRepository;
        _totalRepository = totalRepository;
        _staffDirectory = staffDirectory;
        _source = new ReportTotalSource(entryRepository.Table, creditedSaleRepository.Table, orderRepository.Table, orderItemRepository.Table);
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

    /// <summary>The store's orders of a kind (those it stands by, or those it reversed)</summary>
    private IQueryable<Order> Orders(Expression<Func<Order, bool>> kind, int storeId)
    {
        var orders = _orderRepository.Table.Where(kind);
        if (storeId > 0)
            orders = orders.Where(order => order.StoreId == storeId);

        return orders;
    }

    /// <summary>
    /// The credited sales every report counts: the staff members' credited net sales stored when each order was paid
    /// (one row per order and credited staff member, so each order once however many programs paid on it), of orders
    /// paid in the range in the store, of the orders of a kind: those the store still stands by (without the orders it
    /// has cancelled, voided or deleted since), or, to take them away from the totals, those it reversed
    /// </summary>
    private IQueryable<StaffCreditedSale> CreditedSales(DateTime? fromUtc, DateTime? toUtc, IQueryable<Order> orders)
    {
        var sales = _creditedSaleRepository.Table;
        if (fromUtc is { } from)
            sales = sales.Where(sale => sale.PaidOnUtc >= from);
        if (toUtc is { } to)
            sales = sales.Where(sale => sale.PaidOnUtc < to);

        return sales.Where(sale => orders.Any(order => order.Id == sale.OrderId));
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

    /// <summary>The kept grouping a report's lines are read from (not months)</summary>
    private static ReportTotalGrouping KeptGrouping(ReportGrouping grouping)
    {
        return grouping switch
        {
            ReportGrouping.Rep => ReportTotalGrouping.Beneficiary,
            ReportGrouping.Program => ReportTotalGrouping.Program,
            ReportGrouping.Client => ReportTotalGrouping.Client,
            ReportGrouping.Product => ReportTotalGrouping.Product,
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null)
        };
    }

    /// <summary>
    /// Adds up the ledger itself over a range: the entries (unless <paramref name="withCommission"/> is false) and the
    /// credited sales of the orders of a kind, as the parts the report totals keep (<see cref="ReportTotalSource"/>)
    /// added up by line; months take their commission from the program parts (each entry has one program) and their
    /// sales from the staff members' (each credited sale has one staff member)
    /// </summary>
    private async Task<ReportSums> SumLedgerAsync(ReportGrouping grouping, DateTime? fromUtc, DateTime? toUtc, int storeId,
        Expression<Func<Order, bool>> orderKind, bool withCommission)
    {
        var orders = Orders(orderKind, storeId);
        var credited = CreditedSales(fromUtc, toUtc, orders);
        //the direct entries of the orders of the kind only: the credited sales they are matched with are of those orders
        var paidEntries = Entries(fromUtc, toUtc, storeId).Where(entry => orders.Any(order => order.Id == entry.OrderId));
        var month = grouping == ReportGrouping.Month;
        var parts = _source.SalesParts(month ? ReportTotalGrouping.Beneficiary : KeptGrouping(grouping), paidEntries, credited);
        if (withCommission)
            parts = _source.CommissionParts(month ? ReportTotalGrouping.Program : KeptGrouping(grouping), Entries(fromUtc, toUtc, storeId)).Concat(parts);

        var lines = month
            ? parts.GroupBy(part => part.DayUtc.Year * 100 + part.DayUtc.Month)
                .Select(group => new
                {
                    BeneficiaryTypeId = 0, ItemId = group.Key, Commission = group.Sum(part => part.Commission), Entries = group.Sum(part => part.Entries),
                    Sales = group.Sum(part => part.Sales), SaleRows = group.Sum(part => part.SaleRows)
                })
            : parts.GroupBy(part => new { part.BeneficiaryTypeId, part.ItemId })
                .Select(group => new
                {
                    group.Key.BeneficiaryTypeId, group.Key.ItemId, Commission = group.Sum(part => part.Commission), Entries = group.Sum(part => part.Entries),
                    Sales = group.Sum(part => part.Sales), SaleRows = group.Sum(part => part.SaleRows)
                });

        var sums = new ReportSums();
        foreach (var line in await lines.ToListAsync())
        {
            sums.AddCommission(line.ItemId, line.BeneficiaryTypeId, line.Commission, line.Entries);
            sums.AddSales(line.ItemId, line.BeneficiaryTypeId, line.Sales, line.SaleRows);
        }

        return sums;
    }

    /// <summary>
    /// Adds up the report totals of whole days: the commission of every entry and the credited sales of every order
    /// (the orders the store reversed are taken away by the caller)
    /// </summary>
    private async Task<ReportSums> SumTotalsAsync(ReportGrouping grouping, DateTime? firstDayUtc, DateTime? endDayUtc, int storeId)
    {
        var totals = _totalRepository.Table;
        if (firstDayUtc is { } first)
            totals = totals.Where(total => total.DayUtc >= first);
        if (endDayUtc is { } end)
            totals = totals.Where(total => total.DayUtc < end);
        if (storeId > 0)
            totals = totals.Where(total => total.StoreId == storeId);

        var sums = new ReportSums();
        if (grouping == ReportGrouping.Month)
        {
            //a month's commission is its programs' (each entry has one program), its sales its staff members' (each credited sale one staff member)
            var days = await totals
                .Where(total => total.GroupingId == (int)ReportTotalGrouping.Program || total.GroupingId == (int)ReportTotalGrouping.Beneficiary)
                .GroupBy(total => new { total.GroupingId, total.DayUtc })
                .Select(group => new
                {
                    group.Key.GroupingId, group.Key.DayUtc, Commission = group.Sum(total => total.Commission), Entries = group.Sum(total => total.Entries),
                    Sales = group.Sum(total => total.Sales), SaleRows = group.Sum(total => total.SaleRows)
                })
                .ToListAsync();
            foreach (var day in days)
            {
                var month = day.DayUtc.Year * 100 + day.DayUtc.Month;
                if (day.GroupingId == (int)ReportTotalGrouping.Program)
                    sums.AddCommission(month, 0, Math.Round(day.Commission, DecimalColumn.Scale), day.Entries);
                else
                    sums.AddSales(month, 0, day.Sales, day.SaleRows);
            }

            return sums;
        }

        var kept = KeptGrouping(grouping);
        var lines = await totals
            .Where(total => total.GroupingId == (int)kept)
            .GroupBy(total => new { total.BeneficiaryTypeId, total.ItemId })
            .Select(group => new
            {
                group.Key.BeneficiaryTypeId, group.Key.ItemId, Commission = group.Sum(total => total.Commission), Entries = group.Sum(total => total.Entries),
                Sales = group.Sum(total => total.Sales), SaleRows = group.Sum(total => total.SaleRows)
            })
            .ToListAsync();
        foreach (var line in lines)
        {
            //entries' amounts have the ledger's scale; a product's spread share is rounded when its line is made
            sums.AddCommission(line.ItemId, line.BeneficiaryTypeId,
                kept == ReportTotalGrouping.Product ? line.Commission : Math.Round(line.Commission, DecimalColumn.Scale), line.Entries);
            sums.AddSales(line.ItemId, line.BeneficiaryTypeId, line.Sales, line.SaleRows);
        }

        return sums;
    }

    /// <summary>
    /// Adds up a range: its whole UTC days from the report totals (the sales of orders the store reversed taken away),
    /// the part-days at its edges from the ledger itself
    /// </summary>
    private async Task<ReportSums> SumRangeAsync(ReportGrouping grouping, DateTime? fromUtc, DateTime? toUtc, int storeId)
    {
        DateTime? firstDay = fromUtc is { } from ? (from == from.Date ? from : from.Date.AddDays(1)) : null;
        DateTime? endDay = toUtc?.Date;
        if (firstDay is { } first && endDay is { } end && first >= end)
            return await SumLedgerAsync(grouping, fromUtc, toUtc, storeId, ReversedOrder.StandingQuery, true);

        var sums = await SumTotalsAsync(grouping, firstDay, endDay, storeId);
        sums.Add(await SumLedgerAsync(grouping, firstDay, endDay, storeId, ReversedOrder.InStoreQuery, false), -1);
        if (fromUtc is { } edgeFrom && edgeFrom != firstDay)
            sums.Add(await SumLedgerAsync(grouping, edgeFrom, firstDay, storeId, ReversedOrder.StandingQuery, true), 1);
        if (toUtc is { } edgeTo && edgeTo != endDay)
            sums.Add(await SumLedgerAsync(grouping, endDay, edgeTo, storeId, ReversedOrder.StandingQuery, true), 1);

        return sums;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IList<ReportRow>> GetReportAsync(ReportGrouping grouping, DateTime? fromUtc, DateTime? toUtc, int storeId)
    {
        var read = grouping == ReportGrouping.Team ? ReportGrouping.Rep : grouping;
        if (!Enum.IsDefined(read))
            throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null);

        var sums = await SumRangeAsync(read, fromUtc, toUtc, storeId);
        var rows = sums.ToRows(read == ReportGrouping.Product,
            type => read != ReportGrouping.Rep || type == (int)BeneficiaryType.Staff);
        if (grouping == ReportGrouping.Team)
            rows = await SumTeamsAsync(rows);

        //months read best in calendar order; everything else largest first
        return grouping == ReportGrouping.Month
            ? rows.OrderBy(row => row.Key).ToList()
            : rows.OrderByDescending(row => row.Commission).ThenBy(row => row.Key).ToList();
    }

    /// <summary>
    /// Gets a report added up from the ledger's entries and credited sales alone, without the report totals: what the
    /// totals must always agree with
    /// </summary>
    /// <param name="grouping">What to add up by (not teams)</param>
    /// <param name="fromUtc">The first instant; null for no lower bound</param>
    /// <param name="toUtc">The first instant after the range; null for no upper bound</param>
    /// <param name="storeId">The store; 0 for all</param>
    /// <returns>A task that represents the asynchronous operation; its result is the report's lines, in no order</returns>
    public virtual async Task<IList<ReportRow>> GetLedgerReportAsync(ReportGrouping grouping, DateTime? fromUtc, DateTime? toUtc, int storeId)
    {
        var sums = await SumLedgerAsync(grouping, fromUtc, toUtc, storeId, ReversedOrder.StandingQuery, true);
        return sums.ToRows(grouping == ReportGrouping.Product, type => grouping != ReportGrouping.Rep || type == (int)BeneficiaryType.Staff);
    }

    /// <inheritdoc />
    public virtual IQueryable<StaffCreditedSale> GetCreditedSales(DateTime? fromUtc, DateTime? toUtc, int storeId) =>
        CreditedSales(fromUtc, toUtc, Orders(ReversedOrder.StandingQuery, storeId));

    /// <inheritdoc />
    public virtual async Task<decimal> GetUnpaidTotalAsync()
    {
        return await _entryRepository.Table
            .Where(entry => entry.StatusId != (int)EntryStatus.Paid)
            .SumAsync(entry => (decimal?)entry.Amount) ?? 0m;
    }

    #endregion
}
