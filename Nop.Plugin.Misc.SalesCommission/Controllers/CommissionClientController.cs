using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Clients;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Clients and client groups assigned to staff, with their splits.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionClientController : BasePluginController
{
    #region Fields

    private const string Prefix = "Plugins.Misc.SalesCommission.Clients.";
    private const string ViewFolder = "~/Plugins/Misc.SalesCommission/Views/Admin/Clients/";

    private readonly IClientAssignmentModelFactory _assignmentModelFactory;
    private readonly IClientAssignmentService _assignmentService;
    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionClientController(IClientAssignmentModelFactory assignmentModelFactory,
        IClientAssignmentService assignmentService,
        ICustomerService customerService,
        ILocalizationService localizationService,
        INotificationService notificationService)
    {
        _assignmentModelFactory = assignmentModelFactory;
        _assignmentService = assignmentService;
        _customerService = customerService;
        _localizationService = localizationService;
        _notificationService = notificationService;
    }

    #endregion

    #region Methods

    /// <summary>The clients and groups list.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List()
    {
        return View(ViewFolder + "List.cshtml", await _assignmentModelFactory.PrepareAssignmentSearchModelAsync(new AssignmentSearchModel()));
    }

    /// <summary>A page of clients and groups for the grid.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List(AssignmentSearchModel searchModel)
    {
        return Json(await _assignmentModelFactory.PrepareAssignmentListModelAsync(searchModel));
    }

    /// <summary>Opens the client with this e-mail, or the chosen group, to assign staff.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Open(AssignmentSearchModel model, bool group)
    {
        if (group)
            return RedirectToAction(nameof(Edit), new { isGroup = true, id = model.GroupId });

        if (await _customerService.GetCustomerByEmailAsync(model.ClientEmail?.Trim()) is { } customer)
            return RedirectToAction(nameof(Edit), new { isGroup = false, id = customer.Id });

        _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(Prefix + "ClientEmail.Unknown"));
        return RedirectToAction(nameof(List));
    }

    /// <summary>The owners editor of a client or group.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Edit(bool isGroup, int id)
    {
        if (await _assignmentModelFactory.PrepareClientOwnersModelAsync(isGroup, id, null) is not { } model)
            return RedirectToAction(nameof(List));

        return View(ViewFolder + "Edit.cshtml", model);
    }

    /// <summary>Saves the owners; splits the engine refuses are shown and nothing changes.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Edit(ClientOwnersModel model)
    {
        if (await _assignmentModelFactory.PrepareClientOwnersModelAsync(model.IsGroup, model.TargetId, null) is null)
            return RedirectToAction(nameof(List));

        var owners = model.Owners.Where(owner => owner.StaffCustomerId > 0 || owner.Split != 0m)
            .Select(owner => (owner.StaffCustomerId, owner.Split)).ToList();
        foreach (var problem in await _assignmentService.SaveOwnersAsync(model.IsGroup, model.TargetId, owners))
        {
            var message = await _localizationService.GetResourceAsync($"{Prefix}Owners.{problem.Issue}");
            ModelState.AddModelError(problem.Index is { } index ? $"Owners[{index}].Split" : nameof(ClientOwnersModel.Owners),
                problem.Index is { } row ? string.Format(message, row + 1) : message);
        }

        if (!ModelState.IsValid)
            return View(ViewFolder + "Edit.cshtml", await _assignmentModelFactory.PrepareClientOwnersModelAsync(model.IsGroup, model.TargetId, model));

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(Prefix + "Saved"));
        return RedirectToAction(nameof(List));
    }

    #endregion
}
