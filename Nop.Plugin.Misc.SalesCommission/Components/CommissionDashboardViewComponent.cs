using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Dashboard;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Catalog;
using Nop.Services.Security;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.SalesCommission.Components;

/// <summary>The admin dashboard's commission card: this month's commission, the unpaid total and the top reps.</summary>
public class CommissionDashboardViewComponent : NopViewComponent
{
    private const int TopRepCount = 5;

    private readonly IDisputeAccess _disputeAccess;
    private readonly IDisputeService _disputeService;
    private readonly IEntryService _entryService;
    private readonly IMissedOrderService _missedOrderService;
    private readonly IPermissionService _permissionService;
    private readonly IMoneyFormat _moneyFormat;
    private readonly IReportService _reportService;

    /// <summary>Creates the component.</summary>
    public CommissionDashboardViewComponent(IDisputeAccess disputeAccess,
        IDisputeService disputeService,
        IEntryService entryService,
        IMissedOrderService missedOrderService,
        IPermissionService permissionService,
        IMoneyFormat moneyFormat,
        IReportService reportService)
    {
        _disputeAccess = disputeAccess;
        _disputeService = disputeService;
        _entryService = entryService;
        _missedOrderService = missedOrderService;
        _permissionService = permissionService;
        _moneyFormat = moneyFormat;
        _reportService = reportService;
    }

    /// <summary>Renders the card for admins who may view commission reports.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the card or nothing</returns>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (!await _permissionService.AuthorizeAsync(SalesCommissionPermissionConfigManager.VIEW_REPORTS))
            return Content(string.Empty);

        var month = UtcRange.PeriodContaining(LadderWindow.Month, DateTime.UtcNow);
        var monthStart = month.FromUtc!.Value;
        var reps = await _reportService.GetReportAsync(ReportGrouping.Rep, monthStart, month.ToUtc!.Value, 0);
        var top = reps.Where(row => row.BeneficiaryTypeId == (int)BeneficiaryType.Staff).Take(TopRepCount).ToList();
        var names = await _entryService.GetBeneficiaryNamesAsync(top.Select(row => (BeneficiaryType.Staff, row.Key)));

        var commission = new Dictionary<int, string>();
        foreach (var row in top)
            commission[row.Key] = await _moneyFormat.FormatAsync(row.Commission);

        var model = new CommissionDashboardModel
        {
            Month = monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            MissedOrders = await _missedOrderService.CountMissedAsync(),
            //the badge links to the disputes page: only for admins it admits
            OpenDisputes = await _disputeAccess.HeldPermissionAsync() is null ? 0 : await _disputeService.CountOpenAsync(),
            MonthCommission = await _moneyFormat.FormatAsync(reps.Sum(row => row.Commission)),
            Unpaid = await _moneyFormat.FormatAsync(await _reportService.GetUnpaidTotalAsync()),
            TopReps = top.Select(row => new ReportRowModel
            {
                Name = names.TryGetValue((BeneficiaryType.Staff, row.Key), out var name) ? name : $"#{row.Key}",
                Commission = row.Commission,
                CommissionText = commission[row.Key],
                Sales = row.Sales,
                Entries = row.Entries
            }).ToList()
        };

        return View("~/Plugins/Misc.SalesCommission/Views/Components/CommissionDashboard/Default.cshtml", model);
    }
}
