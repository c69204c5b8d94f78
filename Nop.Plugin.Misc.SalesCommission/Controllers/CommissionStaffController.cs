using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Staff;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Staff members, their managers and the hierarchy tree.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionStaffController : BasePluginController
{
    #region Fields

    private const string Prefix = "Plugins.Misc.SalesCommission.Staff.";
    private const string ViewFolder = "~/Plugins/Misc.SalesCommission/Views/Admin/Staff/";

    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IStaffModelFactory _staffModelFactory;
    private readonly IStaffService _staffService;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionStaffController(ILocalizationService localizationService,
        INotificationService notificationService,
        IStaffModelFactory staffModelFactory,
        IStaffService staffService)
    {
        _localizationService = localizationService;
        _notificationService = notificationService;
        _staffModelFactory = staffModelFactory;
        _staffService = staffService;
    }

    #endregion

    #region Methods

    /// <summary>The staff list and the hierarchy tree.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List()
    {
        return View(ViewFolder + "List.cshtml", await _staffModelFactory.PrepareStaffSearchModelAsync(new StaffSearchModel()));
    }

    /// <summary>A page of staff members for the grid.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List(StaffSearchModel searchModel)
    {
        return Json(await _staffModelFactory.PrepareStaffListModelAsync(searchModel));
    }

    /// <summary>The editor of a staff member's manager and active flag.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Edit(int id)
    {
        if (await _staffModelFactory.PrepareStaffModelAsync(id, null) is not { } model)
            return RedirectToAction(nameof(List));

        return View(ViewFolder + "Edit.cshtml", model);
    }

    /// <summary>Saves a staff member; a manager the engine refuses is shown next to the field and nothing changes.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Edit(StaffModel model)
    {
        if (await _staffModelFactory.PrepareStaffModelAsync(model.CustomerId, null) is null)
            return RedirectToAction(nameof(List));

        if (ModelState.IsValid
            && await _staffService.SaveProfileAsync(model.CustomerId, model.ManagerCustomerId > 0 ? model.ManagerCustomerId : null, model.Active) is { } issue)
        {
            ModelState.AddModelError(nameof(StaffModel.ManagerCustomerId), await _localizationService.GetResourceAsync($"{Prefix}Manager.{issue}"));
        }

        if (!ModelState.IsValid)
            return View(ViewFolder + "Edit.cshtml", await _staffModelFactory.PrepareStaffModelAsync(model.CustomerId, model));

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(Prefix + "Saved"));
        return RedirectToAction(nameof(List));
    }

    #endregion
}
