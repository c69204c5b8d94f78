using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Expenses;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>The commission expense journal and its CSV and Excel exports.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionExpenseController : BasePluginController
{
    #region Fields

    private readonly IExpenseModelFactory _expenseModelFactory;
    private readonly INotificationService _notificationService;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionExpenseController(IExpenseModelFactory expenseModelFactory,
        INotificationService notificationService)
    {
        _expenseModelFactory = expenseModelFactory;
        _notificationService = notificationService;
    }

    #endregion

    #region Methods

    /// <summary>The journal page.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> List()
    {
        var model = await _expenseModelFactory.PrepareExpenseSearchModelAsync(new ExpenseSearchModel());
        return View("~/Plugins/Misc.SalesCommission/Views/Admin/Expenses/List.cshtml", model);
    }

    /// <summary>A page of the journal for the grid.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> List(ExpenseSearchModel searchModel)
    {
        if (!ModelState.IsValid)
            return ErrorJson(ModelState.SerializeErrors());

        return Json(await _expenseModelFactory.PrepareExpenseListModelAsync(searchModel));
    }

    /// <summary>The journal, as filtered, as a CSV or Excel file.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> Export(ExpenseSearchModel searchModel, ExportFormat exportFormat)
    {
        if (!ModelState.IsValid)
        {
            _notificationService.NotifyErrors(ModelState);
            return RedirectToAction(nameof(List));
        }

        var file = await _expenseModelFactory.ExportAsync(searchModel, exportFormat);
        return File(file.Content, file.ContentType, file.FileName);
    }

    #endregion
}
