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

    private readonly IDisputeService _disputeService;
    private readonly IEntryService _entryService;
    private readonly IMissedOrderService _missedOrderService;
    private readonly IPermissionService _permissionService;
    private readonly IPriceFormatter _priceFormatter;
    private readonly IReportService _reportService;

    /// <summary>Creates the component.</summary>
    public CommissionDashboardViewComponent(IDisputeService disputeService,
        IEntryService entryService,
        IMissedOrderService missedOrderService,
        IPermissionService permissionService,
        IPriceFormatter priceFormatter,
        IReportService reportService)
    {
        _disputeService = disputeService;
        _entryService = entryService;
        _missedOrderService = missedOrderService;
        _permissionService = permissionService;
        _priceFormatter = priceFormatter;
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

        var model = new CommissionDashboardModel
        {
            Month = monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            MissedOrders = await _missedOrderService.CountMissedAsync(),
            OpenDisputes = await _disputeService.CountOpenAsync(),
            MonthCommission = await _priceFormatter.FormatPriceAsync(reps.Sum(row => row.Commission), true, false),
            Unpaid = await _priceFormatter.FormatPriceAsync(await _reportService.GetUnpaidTotalAsync(), true, false),
            TopReps = top.Select(row => new ReportRowModel
            {
                Name = names.TryGetValue((BeneficiaryType.Staff, row.Key), out var name) ? name : $"#{row.Key}",
                Commission = row.Commission,
                Sales = row.Sales,
                Entries = row.Entries
            }).ToList()
        };

        return View("~/Plugins/Misc.SalesCommission/Views/Components/CommissionDashboard/Default.cshtml", model);
    }
}
