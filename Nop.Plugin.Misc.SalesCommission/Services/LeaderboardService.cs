using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Performance;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Services.Configuration;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads, once per page, the staff members' commission per month, the credited sales of the months shown and the
/// attainment of the periods' staff targets, and lets the engine compute, rank and filter the figures
/// </summary>
public class LeaderboardService : ILeaderboardService
{
    #region Fields

    private static readonly LadderWindow[] Periods = [LadderWindow.Month, LadderWindow.Quarter, LadderWindow.Year];

    private readonly ICustomerService _customerService;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IReportService _reportService;
    private readonly ISettingService _settingService;
    private readonly IStaffDirectory _staffDirectory;
    private readonly IRepository<CommissionTarget> _targetRepository;
    private readonly ITargetService _targetService;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public LeaderboardService(ICustomerService customerService,
        IRepository<CommissionEntry> entryRepository,
        IReportService reportService,
        ISettingService settingService,
        IStaffDirectory staffDirectory,
        IRepository<CommissionTarget> targetRepository,
        ITargetService targetService)
    {
        _customerService = customerService;
        _entryRepository = entryRepository;
        _reportService = reportService;
        _settingService = settingService;
        _staffDirectory = staffDirectory;
        _targetRepository = targetRepository;
        _targetService = targetService;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// The rows of the given staff members (null for everyone) from the first month of the trend or of the year,
    /// whichever is earlier, to the end of the year, and the attainment of their staff targets of the current periods
    /// </summary>
    private async Task<PerformanceRows> GetRowsAsync(IReadOnlyCollection<int> staffCustomerIds, DateTime nowUtc)
    {
        var yearStart = CommissionPeriod.StartOf(LadderWindow.Year, nowUtc)!.Value;
        var first = new[] { MonthlyTrend.FirstMonth(nowUtc), yearStart }.Min().ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = CommissionPeriod.EndOf(LadderWindow.Year, yearStart).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ids = staffCustomerIds?.ToArray();

        //an entry belongs to the month of its date (the order's paid date, or the open month a closed month's correction went to)
        var entries = _entryRepository.Table.Where(entry => entry.BeneficiaryTypeId == (int)BeneficiaryType.Staff
            && entry.OrderPaidOnUtc >= first && entry.OrderPaidOnUtc < end);
        if (ids is not null)
            entries = entries.Where(entry => ids.Contains(entry.BeneficiaryId));
        var commissions = await entries
            .GroupBy(entry => new { entry.BeneficiaryId, entry.OrderPaidOnUtc.Year, entry.OrderPaidOnUtc.Month })
            .Select(group => new { group.Key.BeneficiaryId, group.Key.Year, group.Key.Month, Amount = group.Sum(entry => entry.Amount) })
            .ToListAsync();

        var sales = _reportService.GetCreditedSales(first, end, 0);
        if (ids is not null)
            sales = sales.Where(sale => ids.Contains(sale.StaffCustomerId));
        var credited = await sales
            .Select(sale => new { sale.OrderId, sale.StaffCustomerId, sale.PaidOnUtc, sale.NetSales })
            .ToListAsync();

        var starts = Periods.Select(window => CommissionPeriod.StartOf(window, nowUtc)!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)).Distinct().ToArray();
        var targets = _targetRepository.Table.Where(target => target.StaffCustomerId != null && target.Amount > 0m
            && starts.Contains(target.StartDateUtc) && target.PeriodId != (int)LadderWindow.PerOrder);
        if (ids is not null)
            targets = targets.Where(target => ids.Contains(target.StaffCustomerId.Value));
        var attainments = new List<TargetAttainment>();
        foreach (var target in await targets.ToListAsync())
            attainments.Add(await _targetService.GetAttainmentAsync(target));

        return new PerformanceRows(
            commissions.Select(row => new StaffMonthCommission(EngineId.Of(row.BeneficiaryId), new DateOnly(row.Year, row.Month, 1), row.Amount)).ToList(),
            credited.Select(row => new CreditedSale(EngineId.Of(row.OrderId), EngineId.Of(row.StaffCustomerId),
                DateTime.SpecifyKind(row.PaidOnUtc, DateTimeKind.Utc), row.NetSales)).ToList(),
            attainments);
    }

    private async Task<IDictionary<string, string>> GetNamesAsync(IEnumerable<string> staffIds)
    {
        var customers = await _customerService.GetCustomersByIdsAsync(staffIds.Select(EngineId.ToHost).Distinct().ToArray());
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var customer in customers)
            names[EngineId.Of(customer.Id)] = await _customerService.GetStaffNameAsync(customer);

        return names;
    }

    private static string NameOf(IDictionary<string, string> names, string staffId) =>
        names.TryGetValue(staffId, out var name) ? name : staffId;

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<AdminLeaderboard> GetAdminLeaderboardAsync(LadderWindow window, DateTime nowUtc)
    {
        var roster = await _staffDirectory.GetRosterAsync();
        var visibility = roster.Visibility;
        var reps = roster.Active.Select(member => member.Id).ToList();
        var teams = SalesTeams.Of(roster.Hierarchy, visibility);
        var names = await GetNamesAsync(reps.Concat(teams.Select(team => team.ManagerId)));
        var rows = await GetRowsAsync(null, nowUtc);

        var board = PerformanceBoard.Of(window, nowUtc, reps.Select(id => (id, NameOf(names, id))),
            teams.Select(team => (team, NameOf(names, team.ManagerId))), rows);
        var everyone = roster.Hierarchy.Select(member => member.Id).ToList();
        return new AdminLeaderboard(board, MonthlyTrend.Of(string.Empty, everyone, nowUtc, rows));
    }

    /// <inheritdoc />
    public virtual async Task<RepPerformance> GetRepPerformanceAsync(int staffCustomerId, DateTime nowUtc)
    {
        var roster = await _staffDirectory.GetRosterAsync();
        var visibility = roster.Visibility;
        var staffId = EngineId.Of(staffCustomerId);
        if (!visibility.IsStaff(staffId))
            return null;

        var settings = await _settingService.LoadSettingAsync<SalesCommissionSettings>();
        var setting = (LeaderboardVisibility)settings.LeaderboardVisibilityId;
        var shown = LeaderboardAudience.Visible(setting, staffId, roster.Hierarchy, visibility);
        var rows = await GetRowsAsync(shown.Append(staffId).Distinct().Select(EngineId.ToHost).ToList(), nowUtc);

        var own = Periods
            .Select(window => (window, start: CommissionPeriod.StartOf(window, nowUtc)!.Value))
            .Select(period => (period.window, period.start, PerformanceFigures.Of(staffId, [staffId], period.window, period.start, rows)))
            .ToList();
        var names = await GetNamesAsync(shown);
        var boards = shown.Count == 0
            ? []
            : Periods.Select(window => PerformanceBoard.Of(window, nowUtc, shown.Select(id => (id, NameOf(names, id))), [], rows)).ToList();

        return new RepPerformance(own, MonthlyTrend.Of(staffId, [staffId], nowUtc, rows), setting, boards);
    }

    #endregion
}
