using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Targets;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Sales targets of staff members and client groups, with their attainment.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionTargetController : BasePluginController
{
    #region Fields

    private const string Prefix = "Plugins.Misc.SalesCommission.Targets.";
    private const string ViewFolder = "~/Plugins/Misc.SalesCommission/Views/Admin/Targets/";

    private readonly ICustomerService _customerService;
    private readonly IEntryService _entryService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ITargetModelFactory _targetModelFactory;
    private readonly ITargetService _targetService;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionTargetController(ICustomerService customerService,
        IEntryService entryService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ITargetModelFactory targetModelFactory,
        ITargetService targetService)
    {
        _customerService = customerService;
        _entryService = entryService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _targetModelFactory = targetModelFactory;
        _targetService = targetService;
    }

    #endregion

    #region Utilities

    /// <summary>Refuses a staff member without a staff profile and a group that does not exist, next to the field.</summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    private async Task ValidateReferencesAsync(TargetModel model)
    {
        if (model.StaffCustomerId > 0 && !(await _entryService.GetAllBeneficiariesAsync())
                .Any(b => b.Type == Engine.Crediting.BeneficiaryType.Staff && b.Id == model.StaffCustomerId))
            ModelState.AddModelError(nameof(TargetModel.StaffCustomerId), await _localizationService.GetResourceAsync(Prefix + "Staff.Unknown"));

        if (model.CustomerRoleId > 0 && await _customerService.GetCustomerRoleByIdAsync(model.CustomerRoleId) is null)
            ModelState.AddModelError(nameof(TargetModel.CustomerRoleId), await _localizationService.GetResourceAsync(Prefix + "Group.Unknown"));
    }

    private static void Apply(TargetModel model, CommissionTarget target)
    {
        target.StaffCustomerId = model.StaffCustomerId > 0 ? model.StaffCustomerId : null;
        target.CustomerRoleId = model.CustomerRoleId > 0 ? model.CustomerRoleId : null;
        target.PeriodId = model.PeriodId;
        target.StartDateUtc = DateTime.SpecifyKind(model.StartDate!.Value.Date, DateTimeKind.Utc);
        target.Amount = model.Amount;
    }

    #endregion

    #region Methods

    /// <summary>The targets list with attainment and its chart.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List()
    {
        return View(ViewFolder + "List.cshtml", await _targetModelFactory.PrepareTargetSearchModelAsync(new TargetSearchModel()));
    }

    /// <summary>A page of targets for the grid and the chart.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List(TargetSearchModel searchModel)
    {
        return Json(await _targetModelFactory.PrepareTargetListModelAsync(searchModel));
    }

    /// <summary>The editor for a new target.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Create()
    {
        return View(ViewFolder + "Edit.cshtml", await _targetModelFactory.PrepareTargetModelAsync(null, null));
    }

    /// <summary>Saves a new target; bad input shows the form again and writes nothing.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Create(TargetModel model)
    {
        await ValidateReferencesAsync(model);
        if (!ModelState.IsValid)
            return View(ViewFolder + "Edit.cshtml", await _targetModelFactory.PrepareTargetModelAsync(model, null));

        var target = new CommissionTarget();
        Apply(model, target);
        await _targetService.InsertTargetAsync(target);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(Prefix + "Saved"));

        return RedirectToAction(nameof(List));
    }

    /// <summary>The editor for a stored target.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Edit(int id)
    {
        if (await _targetService.GetTargetByIdAsync(id) is not { } target)
            return RedirectToAction(nameof(List));

        return View(ViewFolder + "Edit.cshtml", await _targetModelFactory.PrepareTargetModelAsync(null, target));
    }

    /// <summary>Saves a stored target; bad input shows the form again and changes nothing.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Edit(TargetModel model)
    {
        if (await _targetService.GetTargetByIdAsync(model.Id) is not { } target)
            return RedirectToAction(nameof(List));

        await ValidateReferencesAsync(model);
        if (!ModelState.IsValid)
            return View(ViewFolder + "Edit.cshtml", await _targetModelFactory.PrepareTargetModelAsync(model, target));

        Apply(model, target);
        await _targetService.UpdateTargetAsync(target);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(Prefix + "Saved"));

        return RedirectToAction(nameof(List));
    }

    /// <summary>Deletes a target.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Delete(int id)
    {
        if (await _targetService.GetTargetByIdAsync(id) is { } target)
        {
            await _targetService.DeleteTargetAsync(target);
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(Prefix + "Deleted"));
        }

        return RedirectToAction(nameof(List));
    }

    #endregion
}
