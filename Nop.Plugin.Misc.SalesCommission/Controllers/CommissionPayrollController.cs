using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Payroll;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Localization;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>The payroll export: the paid receipts of a payout run as one CSV or Excel file.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionPayrollController : BasePluginController
{
    #region Fields

    private const string ViewPath = "~/Plugins/Misc.SalesCommission/Views/Admin/Payroll/Index.cshtml";
    private const string Prefix = "Plugins.Misc.SalesCommission.Payroll.";

    private readonly ILocalizationService _localizationService;
    private readonly IPayrollExportService _payrollExportService;
    private readonly IUserCalendar _userCalendar;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionPayrollController(ILocalizationService localizationService,
        IPayrollExportService payrollExportService,
        IUserCalendar userCalendar)
    {
        _localizationService = localizationService;
        _payrollExportService = payrollExportService;
        _userCalendar = userCalendar;
    }

    #endregion

    #region Utilities

    /// <summary>The run's lines, or null with the reason next to its field.</summary>
    private async Task<IList<PayrollLine>> GetLinesAsync(PayrollExportModel model)
    {
        if (!ModelState.IsValid)
            return null;

        var numbers = model.ReceiptNumberList;
        var notPaid = await _payrollExportService.GetNumbersNotPaidAsync(numbers);
        if (notPaid.Count > 0)
        {
            ModelState.AddModelError(nameof(PayrollExportModel.ReceiptNumbers), string.Format(CultureInfo.CurrentCulture,
                await _localizationService.GetResourceAsync(Prefix + "ReceiptNumbers.NotPaid"), string.Join(", ", notPaid)));
            return null;
        }

        var days = await _userCalendar.DaysAsync(model.PaidFrom, model.PaidTo);
        var lines = await _payrollExportService.GetLinesAsync(days.FromUtc, days.ToUtc, numbers);
        if (lines.Count == 0)
        {
            ModelState.AddModelError(nameof(PayrollExportModel.PaidFrom), await _localizationService.GetResourceAsync(Prefix + "NoneFound"));
            return null;
        }

        return lines;
    }

    private static string FileName() =>
        $"commission-payroll-{DateTime.UtcNow.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}";

    #endregion

    #region Methods

    /// <summary>The export form.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual IActionResult Index()
    {
        return View(ViewPath, new PayrollExportModel());
    }

    /// <summary>The run as CSV, or the form with the reason next to the field.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> ExportCsv(PayrollExportModel model)
    {
        if (await GetLinesAsync(model) is not { } lines)
            return View(ViewPath, model);

        var file = await _payrollExportService.ExportAsync(ExportFormat.Csv, FileName(), lines);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The run as an Excel workbook, or the form with the reason next to the field.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> ExportXlsx(PayrollExportModel model)
    {
        if (await GetLinesAsync(model) is not { } lines)
            return View(ViewPath, model);

        var file = await _payrollExportService.ExportAsync(ExportFormat.Xlsx, FileName(), lines);
        return File(file.Content, file.ContentType, file.FileName);
    }

    #endregion
}
