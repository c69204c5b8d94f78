using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Engine.Performance;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Settings;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.ScheduleTasks;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>The plugin's settings page, also its configuration page in Local plugins.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionSettingsController : BasePluginController
{
    #region Fields

    private const string ViewPath = "~/Plugins/Misc.SalesCommission/Views/Admin/Settings/Configure.cshtml";

    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionSettingsController(ICustomerService customerService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IScheduleTaskService scheduleTaskService,
        ISettingService settingService)
    {
        _customerService = customerService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
    }

    #endregion

    #region Utilities

    private async Task<ConfigurationModel> PrepareChoicesAsync(ConfigurationModel model)
    {
        foreach (var policy in Enum.GetValues<StackingPolicy>())
            model.AvailableStackingPolicies.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(policy), ((int)policy).ToString(CultureInfo.InvariantCulture)));

        foreach (var visibility in Enum.GetValues<LeaderboardVisibility>())
            model.AvailableLeaderboardVisibilities.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(visibility), ((int)visibility).ToString(CultureInfo.InvariantCulture)));

        foreach (var role in await _customerService.GetAllCustomerRolesAsync(showHidden: true))
        {
            if (!string.IsNullOrEmpty(role.SystemName))
                model.AvailableRoles.Add(new SelectListItem(role.Name, role.SystemName));
        }

        return model;
    }

    #endregion

    #region Methods

    /// <summary>The settings page.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Configure()
    {
        var settings = await _settingService.LoadSettingAsync<SalesCommissionSettings>();
        var model = new ConfigurationModel
        {
            StackingPolicyId = settings.StackingPolicyId,
            SalesRepRoleSystemName = settings.SalesRepRoleSystemName,
            DeleteDataOnUninstall = settings.DeleteDataOnUninstall,
            MonthlyDraftsEnabled = settings.MonthlyDraftsEnabled,
            ShowRepWidget = settings.ShowRepWidget,
            GiftCardsEarn = settings.GiftCardsEarn,
            HoldDays = settings.HoldDays,
            LeaderboardVisibilityId = settings.LeaderboardVisibilityId
        };

        return View(ViewPath, await PrepareChoicesAsync(model));
    }

    /// <summary>Saves the settings; the monthly-drafts task is switched on or off with its setting.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Configure(ConfigurationModel model)
    {
        if (!string.IsNullOrEmpty(model.SalesRepRoleSystemName) && await _customerService.GetCustomerRoleBySystemNameAsync(model.SalesRepRoleSystemName) is null)
        {
            ModelState.AddModelError(nameof(ConfigurationModel.SalesRepRoleSystemName),
                string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Messages.RoleMissing"), model.SalesRepRoleSystemName));
        }

        if (!ModelState.IsValid)
            return View(ViewPath, await PrepareChoicesAsync(model));

        var settings = await _settingService.LoadSettingAsync<SalesCommissionSettings>();
        settings.StackingPolicyId = model.StackingPolicyId;
        settings.SalesRepRoleSystemName = model.SalesRepRoleSystemName;
        settings.DeleteDataOnUninstall = model.DeleteDataOnUninstall;
        settings.MonthlyDraftsEnabled = model.MonthlyDraftsEnabled;
        settings.ShowRepWidget = model.ShowRepWidget;
        settings.GiftCardsEarn = model.GiftCardsEarn;
        settings.HoldDays = model.HoldDays;
        settings.LeaderboardVisibilityId = model.LeaderboardVisibilityId;
        await _settingService.SaveSettingAsync(settings);

        if (await _scheduleTaskService.GetTaskByTypeAsync(SalesCommissionDefaults.MonthlyDraftTaskType) is { } task && task.Enabled != model.MonthlyDraftsEnabled)
        {
            task.Enabled = model.MonthlyDraftsEnabled;
            task.LastEnabledUtc = model.MonthlyDraftsEnabled ? DateTime.UtcNow : task.LastEnabledUtc;
            await _scheduleTaskService.UpdateTaskAsync(task);
        }

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Admin.Configuration.Updated"));
        return RedirectToAction(nameof(Configure));
    }

    #endregion
}
