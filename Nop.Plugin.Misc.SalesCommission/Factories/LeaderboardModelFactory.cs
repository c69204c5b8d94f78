using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Performance;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Leaderboard;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;
using Nop.Plugin.Misc.SalesCommission.Models.Leaderboard;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Words and formats the engine's leaderboards and key figures for the admin's page and the rep's page.</summary>
public class LeaderboardModelFactory : ILeaderboardModelFactory
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Leaderboard.";
    private static readonly LadderWindow[] Periods = [LadderWindow.Month, LadderWindow.Quarter, LadderWindow.Year];

    private readonly ILeaderboardService _leaderboardService;
    private readonly ILocalizationService _localizationService;
    private readonly IMoneyFormat _moneyFormat;

    /// <summary>Creates the factory.</summary>
    public LeaderboardModelFactory(ILeaderboardService leaderboardService,
        ILocalizationService localizationService,
        IMoneyFormat moneyFormat)
    {
        _leaderboardService = leaderboardService;
        _localizationService = localizationService;
        _moneyFormat = moneyFormat;
    }

    private async Task<string> PeriodTextAsync(LadderWindow window, DateOnly start) =>
        $"{await _localizationService.GetResourceAsync($"{Prefix}This{window}")} ({CommissionPeriod.Label(window, start)})";

    private async Task<KpiRowModel> PrepareRowAsync(KpiLine figures, string name, int rank, string viewerId)
    {
        return new KpiRowModel
        {
            Rank = rank,
            Name = name,
            Commission = await _moneyFormat.FormatAsync(figures.Commission),
            CreditedSales = await _moneyFormat.FormatAsync(figures.CreditedSales),
            Orders = figures.Orders,
            AverageOrderValue = figures.AverageOrderValue is { } average ? await _moneyFormat.FormatAsync(average) : string.Empty,
            Attainment = figures.AttainmentPercent is { } percent ? Money.FormatPercent(percent, CultureInfo.CurrentCulture) : string.Empty,
            IsViewer = viewerId is not null && figures.Id == viewerId
        };
    }

    private async Task<LeaderboardTableModel> PrepareTableAsync(PerformanceBoard board, IReadOnlyList<RankedKpi> lines, string viewerId)
    {
        var table = new LeaderboardTableModel
        {
            PeriodId = (int)board.Window,
            Period = await PeriodTextAsync(board.Window, board.PeriodStart)
        };
        foreach (var line in lines)
            table.Rows.Add(await PrepareRowAsync(line.Figures, line.Name, line.Rank, viewerId));

        return table;
    }

    private static IList<TrendPointModel> PrepareTrend(IReadOnlyList<TrendPoint> trend) =>
        trend.Select(point => new TrendPointModel
        {
            Month = CommissionPeriod.Label(LadderWindow.Month, point.Month),
            Commission = point.Figures.Commission,
            CreditedSales = point.Figures.CreditedSales,
            Orders = point.Figures.Orders
        }).ToList();

    /// <inheritdoc />
    public async Task<LeaderboardModel> PrepareLeaderboardModelAsync(LeaderboardSearchModel search, bool accepted)
    {
        ArgumentNullException.ThrowIfNull(search);

        var model = new LeaderboardModel { PeriodId = search.PeriodId };
        foreach (var window in Periods)
        {
            model.AvailablePeriods.Add(new SelectListItem(await _localizationService.GetResourceAsync($"{Prefix}This{window}"),
                ((int)window).ToString(CultureInfo.InvariantCulture)));
        }

        if (!accepted)
            return model;

        var leaderboard = await _leaderboardService.GetAdminLeaderboardAsync((LadderWindow)search.PeriodId, DateTime.UtcNow);
        model.Reps = await PrepareTableAsync(leaderboard.Board, leaderboard.Board.Reps, null);
        model.Teams = await PrepareTableAsync(leaderboard.Board, leaderboard.Board.Teams, null);
        model.Trend = PrepareTrend(leaderboard.Trend);
        return model;
    }

    /// <inheritdoc />
    public async Task<RepPerformanceModel> PrepareRepPerformanceModelAsync(int staffCustomerId)
    {
        var nowUtc = DateTime.UtcNow;
        if (await _leaderboardService.GetRepPerformanceAsync(staffCustomerId, nowUtc) is not { } performance)
            return null;

        var viewerId = EngineId.Of(staffCustomerId);
        var model = new RepPerformanceModel
        {
            Trend = PrepareTrend(performance.Trend),
            Scope = performance.Boards.Count == 0 ? string.Empty
                : await _localizationService.GetResourceAsync($"{Prefix}Scope.{performance.Visibility}")
        };
        foreach (var (window, start, figures) in performance.Own)
            model.Own.Add(await PrepareRowAsync(figures, await PeriodTextAsync(window, start), 0, null));
        foreach (var board in performance.Boards)
            model.Boards.Add(await PrepareTableAsync(board, board.Reps, viewerId));

        return model;
    }
}
