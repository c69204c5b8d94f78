using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Keeps the report totals with the ledger: what the written orders added before the write is taken away and what they
/// add after it is added, to the rows of the days and lines they touch (read, merged and written back; writers of the
/// ledger take its lock, so no two merges overlap).
/// </summary>
public class ReportTotalKeeper : IReportTotalKeeper
{
    #region Fields

    /// <summary>Beyond this many lines the rows of the days are read whole rather than picked by line.</summary>
    private const int PickedLines = 200;

    private readonly IRepository<ReportTotal> _totalRepository;
    private readonly ReportTotalSource _source;

    #endregion

    #region Ctor

    /// <summary>Creates the keeper.</summary>
    public ReportTotalKeeper(IRepository<ReportTotal> totalRepository,
        IRepository<CommissionEntry> entryRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository)
    {
        _totalRepository = totalRepository;
        _source = new ReportTotalSource(entryRepository.Table, creditedSaleRepository.Table, orderRepository.Table, orderItemRepository.Table);
    }

    #endregion

    #region Utilities

    private async Task ApplyAsync(IList<ReportTotal> changes)
    {
        var days = changes.Select(change => change.DayUtc).Distinct().ToArray();
        var lines = changes.Select(change => change.ItemId).Distinct().ToArray();
        var query = _totalRepository.Table.Where(total => days.Contains(total.DayUtc));
        if (lines.Length <= PickedLines)
            query = query.Where(total => lines.Contains(total.ItemId));

        var keys = changes.Select(ReportTotalSource.KeyOf).ToHashSet();
        var stored = (await query.ToListAsync()).Where(total => keys.Contains(ReportTotalSource.KeyOf(total))).ToList();

        var merged = new Dictionary<(DateTime, int, int, int, int), ReportTotal>();
        foreach (var total in stored.Concat(changes))
            ReportTotalSource.Add(merged, total, 1);

        if (stored.Count > 0)
        {
            var ids = stored.Select(total => total.Id).ToArray();
            await _totalRepository.DeleteAsync(total => ids.Contains(total.Id));
        }

        //a line left with nothing in it goes
        await BulkRows.InsertAsync(_totalRepository, merged.Values.Where(total => total.Entries != 0 || total.SaleRows != 0).ToList());
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task KeepAsync(IReadOnlyCollection<int> orderIds, Func<Task> write)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        ArgumentNullException.ThrowIfNull(write);

        var before = await _source.OfOrdersAsync(orderIds);
        await write();
        var after = await _source.OfOrdersAsync(orderIds);

        var change = new Dictionary<(DateTime, int, int, int, int), ReportTotal>();
        foreach (var total in after)
            ReportTotalSource.Add(change, total, 1);
        foreach (var total in before)
            ReportTotalSource.Add(change, total, -1);

        var changes = change.Values
            .Where(total => total.Commission != 0m || total.Entries != 0 || total.Sales != 0m || total.SaleRows != 0)
            .ToList();
        if (changes.Count > 0)
            await ApplyAsync(changes);
    }

    #endregion
}
