using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Commission and credited sales by rep, team, program, client, product and month, with a chart, CSV and Excel.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionReportController : BasePluginController
{
    #region Fields

    private readonly INotificationService _notificationService;
    private readonly IReportModelFactory _reportModelFactory;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionReportController(INotificationService notificationService, IReportModelFactory reportModelFactory)
    {
        _notificationService = notificationService;
        _reportModelFactory = reportModelFactory;
    }

    #endregion

    #region Methods

    /// <summary>The reports page.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.VIEW_REPORTS)]
    public virtual async Task<IActionResult> Index()
    {
        var model = await _reportModelFactory.PrepareReportSearchModelAsync(new ReportSearchModel());
        return View("~/Plugins/Misc.SalesCommission/Views/Admin/Reports/Index.cshtml", model);
    }

    /// <summary>A page of the report for the grid and the chart.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.VIEW_REPORTS)]
    public virtual async Task<IActionResult> List(ReportSearchModel searchModel)
    {
        if (!ModelState.IsValid)
            return ErrorJson(ModelState.SerializeErrors());

        return Json(await _reportModelFactory.PrepareReportListModelAsync(searchModel));
    }

    /// <summary>The whole report, as filtered, as a CSV or Excel file.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.VIEW_REPORTS)]
    public virtual async Task<IActionResult> Export(ReportSearchModel searchModel, ExportFormat exportFormat)
    {
        if (!ModelState.IsValid)
        {
            _notificationService.NotifyErrors(ModelState);
            return RedirectToAction(nameof(Index));
        }

        var file = await _reportModelFactory.ExportAsync(searchModel, exportFormat);
        return File(file.Content, file.ContentType, file.FileName);
    }

    #endregion
}
