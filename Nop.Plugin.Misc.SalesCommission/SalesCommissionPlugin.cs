using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Components;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Cms;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission;

/// <summary>
/// The sales-commission plugin: installs its settings, locale resources, the sales-representative role and its
/// schedule tasks. Uninstalling keeps every commission table and row unless the store chose to delete them.
/// </summary>
public class SalesCommissionPlugin : BasePlugin, IMiscPlugin, IWidgetPlugin
{
    #region Constants

    private const string EnumResourcePrefix = "Enums.Nop.Plugin.Misc.SalesCommission.";
    private const string PermissionResourcePrefix = "Security.Permission.Misc.SalesCommission.";
    private const string FriendlyNameResource = "Plugins.FriendlyName." + SalesCommissionDefaults.SystemName;
    private const string MonthlyDraftTaskNameResource = SalesCommissionDefaults.ResourcePrefix + "Tasks.MonthlyDrafts";
    private const string RetryTaskNameResource = SalesCommissionDefaults.ResourcePrefix + "Tasks.RetryOrderEvents";

    #endregion

    #region Fields

    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly LocaleResourceInstaller _localeResourceInstaller;
    private readonly IPermissionService _permissionService;
    private readonly ReceiptPaidMessageTemplateInstaller _receiptPaidMessageTemplateInstaller;
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;
    private readonly IWebHelper _webHelper;
    private readonly WidgetSettings _widgetSettings;

    #endregion

    #region Ctor

    /// <summary>
    /// Creates the plugin
    /// </summary>
    public SalesCommissionPlugin(ICustomerService customerService,
        ILocalizationService localizationService,
        LocaleResourceInstaller localeResourceInstaller,
        IPermissionService permissionService,
        ReceiptPaidMessageTemplateInstaller receiptPaidMessageTemplateInstaller,
        IScheduleTaskService scheduleTaskService,
        ISettingService settingService,
        IWebHelper webHelper,
        WidgetSettings widgetSettings)
    {
        _customerService = customerService;
        _localizationService = localizationService;
        _localeResourceInstaller = localeResourceInstaller;
        _permissionService = permissionService;
        _receiptPaidMessageTemplateInstaller = receiptPaidMessageTemplateInstaller;
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
        _webHelper = webHelper;
        _widgetSettings = widgetSettings;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Adds a schedule task unless one of its type exists already (a reinstall keeps the admin's changes)
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    private async Task InstallScheduleTaskAsync(string type, string name, int seconds, bool enabled)
    {
        if (await _scheduleTaskService.GetTaskByTypeAsync(type) is not null)
            return;

        await _scheduleTaskService.InsertTaskAsync(new ScheduleTask
        {
            Name = name,
            Type = type,
            Seconds = seconds,
            Enabled = enabled,
            LastEnabledUtc = enabled ? DateTime.UtcNow : null,
            StopOnError = false
        });
    }

    /// <summary>
    /// Deletes the schedule task of a type, if there is one
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    private async Task UninstallScheduleTaskAsync(string type)
    {
        if (await _scheduleTaskService.GetTaskByTypeAsync(type) is { } task)
            await _scheduleTaskService.DeleteTaskAsync(task);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets a configuration page URL: the plugin's settings page
    /// </summary>
    public override string GetConfigurationPageUrl()
    {
        return $"{_webHelper.GetStoreLocation()}Admin/CommissionSettings/Configure";
    }

    /// <summary>
    /// Gets widget zones where this widget should be rendered: the commission panel on the admin order page, the
    /// admin dashboard, the "My commissions" item of the customer navigation and the rep's widget on the home and
    /// account pages
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the widget zones
    /// </returns>
    public Task<IList<string>> GetWidgetZonesAsync()
    {
        return Task.FromResult<IList<string>>(new List<string>
        {
            AdminWidgetZones.OrderDetailsBlock,
            AdminWidgetZones.DashboardTop,
            PublicWidgetZones.AccountNavigationAfter,
            PublicWidgetZones.HomepageTop,
            PublicWidgetZones.CustomerInfoTop
        });
    }

    /// <summary>
    /// Gets a type of a view component for displaying widget
    /// </summary>
    /// <param name="widgetZone">Name of the widget zone</param>
    /// <returns>View component type</returns>
    public Type GetWidgetViewComponent(string widgetZone)
    {
        if (widgetZone == AdminWidgetZones.OrderDetailsBlock)
            return typeof(OrderCommissionPanelViewComponent);

        if (widgetZone == AdminWidgetZones.DashboardTop)
            return typeof(CommissionDashboardViewComponent);

        if (widgetZone == PublicWidgetZones.AccountNavigationAfter)
            return typeof(MyCommissionsNavigationViewComponent);

        if (widgetZone == PublicWidgetZones.HomepageTop || widgetZone == PublicWidgetZones.CustomerInfoTop)
            return typeof(RepCommissionWidgetViewComponent);

        return null;
    }

    /// <summary>
    /// Install plugin
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public override async Task InstallAsync()
    {
        await _settingService.SaveSettingAsync(new SalesCommissionSettings());

        var english = await _localeResourceInstaller.GetEnglishResourcesAsync();

        //the host names new permissions in English in every language; inserting them now lets the translations below win
        await _permissionService.InsertPermissionsAsync();
        await _localeResourceInstaller.InstallAsync();

        if (await _customerService.GetCustomerRoleBySystemNameAsync(SalesCommissionDefaults.SalesRepRoleSystemName) is null)
        {
            await _customerService.InsertCustomerRoleAsync(new CustomerRole
            {
                Name = SalesCommissionDefaults.SalesRepRoleName,
                SystemName = SalesCommissionDefaults.SalesRepRoleSystemName,
                Active = true
            });
        }

        //the draft task checks daily and does its work once a month; it stays off until the store turns monthly drafts on
        await InstallScheduleTaskAsync(SalesCommissionDefaults.MonthlyDraftTaskType, english[MonthlyDraftTaskNameResource], 24 * 60 * 60, false);
        await InstallScheduleTaskAsync(SalesCommissionDefaults.RetryTaskType, english[RetryTaskNameResource], 600, true);

        await _receiptPaidMessageTemplateInstaller.InstallAsync();

        if (!_widgetSettings.ActiveWidgetSystemNames.Contains(SalesCommissionDefaults.SystemName))
        {
            _widgetSettings.ActiveWidgetSystemNames.Add(SalesCommissionDefaults.SystemName);
            await _settingService.SaveSettingAsync(_widgetSettings);
        }

        await base.InstallAsync();
    }

    /// <summary>
    /// Uninstall plugin. The commission tables and rows stay unless "delete data on uninstall" is on; the customer
    /// role stays too, since customers may still be in it.
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public override async Task UninstallAsync()
    {
        var settings = await _settingService.LoadSettingAsync<SalesCommissionSettings>();
        await _settingService.DeleteSettingAsync<SalesCommissionSettings>();

        //the host runs the schema migration's Down() after this method: it drops the tables only when it finds
        //this one setting, and then deletes it
        if (settings.DeleteDataOnUninstall)
            await _settingService.SaveSettingAsync(settings, s => s.DeleteDataOnUninstall);

        foreach (var permission in new SalesCommissionPermissionConfigManager().AllConfigs)
            await _permissionService.DeletePermissionAsync(permission.SystemName);

        await _localizationService.DeleteLocaleResourcesAsync(SalesCommissionDefaults.ResourcePrefix);
        await _localizationService.DeleteLocaleResourcesAsync(EnumResourcePrefix);
        await _localizationService.DeleteLocaleResourcesAsync(PermissionResourcePrefix);
        await _localizationService.DeleteLocaleResourceAsync(FriendlyNameResource);

        await UninstallScheduleTaskAsync(SalesCommissionDefaults.MonthlyDraftTaskType);
        await UninstallScheduleTaskAsync(SalesCommissionDefaults.RetryTaskType);

        await _receiptPaidMessageTemplateInstaller.UninstallAsync();

        if (_widgetSettings.ActiveWidgetSystemNames.Remove(SalesCommissionDefaults.SystemName))
            await _settingService.SaveSettingAsync(_widgetSettings);

        await base.UninstallAsync();
    }

    #endregion

    #region Properties

    /// <summary>
    /// Gets a value indicating whether to hide this plugin on the widget list page in the admin area
    /// </summary>
    public bool HideInWidgetList => true;

    #endregion
}
