using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
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
    private readonly IStaffDirectory _staffDirectory;

    #endregion

    #region Ctor

    /// <summary>
    /// Creates the service
    /// </summary>
    public ReportService(IRepository<CommissionEntry> entryRepository,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IStaffDirectory staffDirectory)
    {
        _entryRepository = entryRepository;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
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

    private static async Task<IList<ReportRow>> SumAsync<TKey>(IQueryable<CommissionEntry> entries,
        System.Linq.Expressions.Expression<Func<CommissionEntry, TKey>> key, Func<TKey, (int Key, int Type)> describe)
    {
        var sums = await entries
            .GroupBy(key)
            .Select(group => new
            {
                group.Key,
                Commission = group.Sum(entry => entry.Amount),
                Sales = group.Sum(entry => entry.KindId == (int)EntryKind.Direct ? entry.Base : 0m),
                Entries = group.Count()
            })
            .ToListAsync();

        return sums.Select(sum =>
        {
            var (id, type) = describe(sum.Key);
            return new ReportRow(id, type, sum.Commission, sum.Sales, sum.Entries);
        }).ToList();
    }

    /// <summary>
    /// Adds each manager's team (everyone below them, the manager included) from the staff lines
    /// </summary>
    private async Task<IList<ReportRow>> SumTeamsAsync(IList<ReportRow> beneficiaries)
    {
        //the same hierarchy the reps' team pages show
        var roster = await _staffDirectory.GetRosterAsync();
        var hierarchy = roster.Visibility;
        var staff = beneficiaries.Where(row => row.BeneficiaryTypeId == (int)BeneficiaryType.Staff).ToDictionary(row => row.Key);

        var teams = new List<ReportRow>();
        foreach (var member in roster.Hierarchy)
        {
            var team = hierarchy.TeamOf(member.Id);
            if (team.Count == 0)
                continue;

            var managerId = EngineId.ToHost(member.Id);
            var members = team.Select(EngineId.ToHost).Append(managerId)
                .Where(staff.ContainsKey).Select(id => staff[id]).ToList();
            teams.Add(new ReportRow(managerId, (int)BeneficiaryType.Staff,
                members.Sum(row => row.Commission), members.Sum(row => row.Sales), members.Sum(row => row.Entries)));
        }

        return teams;
    }

    /// <summary>
    /// Adds up by product: each order's commission is spread over its lines by their share of the order subtotal
    /// </summary>
    private async Task<IList<ReportRow>> SumProductsAsync(IQueryable<CommissionEntry> entries)
    {
        var perOrder = entries
            .GroupBy(entry => entry.OrderId)
            .Select(group => new { OrderId = group.Key, Commission = group.Sum(entry => entry.Amount), Entries = group.Count() });

        var sums = await (from order in perOrder
                          join item in _orderItemRepository.Table on order.OrderId equals item.OrderId
                          join host in _orderRepository.Table on order.OrderId equals host.Id
                          group new { order.Commission, order.Entries, item.PriceExclTax, host.OrderSubtotalExclTax } by item.ProductId into product
                          select new
                          {
                              ProductId = product.Key,
                              Sales = product.Sum(line => line.PriceExclTax),
                              Commission = product.Sum(line => line.OrderSubtotalExclTax == 0m ? 0m : line.Commission * line.PriceExclTax / line.OrderSubtotalExclTax),
                              Entries = product.Sum(line => line.Entries)
                          })
            .ToListAsync();

        return sums.Select(sum => new ReportRow(sum.ProductId, 0, Money.Round(sum.Commission), sum.Sales, sum.Entries)).ToList();
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IList<ReportRow>> GetReportAsync(ReportGrouping grouping, DateTime? fromUtc, DateTime? toUtc, int storeId)
    {
        var entries = Entries(fromUtc, toUtc, storeId);
        var rows = grouping switch
        {
            ReportGrouping.Rep => await SumAsync(entries, entry => new { entry.BeneficiaryTypeId, entry.BeneficiaryId },
                key => (key.BeneficiaryId, key.BeneficiaryTypeId)),
            ReportGrouping.Team => await SumTeamsAsync(await SumAsync(entries, entry => new { entry.BeneficiaryTypeId, entry.BeneficiaryId },
                key => (key.BeneficiaryId, key.BeneficiaryTypeId))),
            ReportGrouping.Program => await SumAsync(entries, entry => entry.ProgramId, key => (key, 0)),
            ReportGrouping.Client => await SumAsync(entries, entry => entry.ClientCustomerId, key => (key, 0)),
            ReportGrouping.Product => await SumProductsAsync(entries),
            ReportGrouping.Month => await SumAsync(entries, entry => new { entry.OrderPaidOnUtc.Year, entry.OrderPaidOnUtc.Month },
                key => (key.Year * 100 + key.Month, 0)),
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null)
        };

        //months read best in calendar order; everything else largest first
        return grouping == ReportGrouping.Month
            ? rows.OrderBy(row => row.Key).ToList()
            : rows.OrderByDescending(row => row.Commission).ThenBy(row => row.Key).ToList();
    }

    /// <inheritdoc />
    public virtual async Task<decimal> GetUnpaidTotalAsync()
    {
        return await _entryRepository.Table
            .Where(entry => entry.StatusId != (int)EntryStatus.Paid)
            .SumAsync(entry => (decimal?)entry.Amount) ?? 0m;
    }

    #endregion
}
