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
using Nop.Web.Framework.Mvc.Routing;

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
    private const string MissedOrderTaskNameResource = SalesCommissionDefaults.ResourcePrefix + "Tasks.TakeInMissedOrders";

    #endregion

    #region Fields

    private readonly ICustomerService _customerService;
    private readonly DisputeMessageTemplateInstaller _disputeMessageTemplateInstaller;
    private readonly ILocalizationService _localizationService;
    private readonly LocaleResourceInstaller _localeResourceInstaller;
    private readonly MessageTemplateLocalizer _messageTemplateLocalizer;
    private readonly IPermissionService _permissionService;
    private readonly ReceiptPaidMessageTemplateInstaller _receiptPaidMessageTemplateInstaller;
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;
    private readonly INopUrlHelper _nopUrlHelper;
    private readonly WidgetSettings _widgetSettings;

    #endregion

    #region Ctor

    /// <summary>
    /// Creates the plugin
    /// </summary>
    public SalesCommissionPlugin(ICustomerService customerService,
        DisputeMessageTemplateInstaller disputeMessageTemplateInstaller,
        ILocalizationService localizationService,
        LocaleResourceInstaller localeResourceInstaller,
        MessageTemplateLocalizer messageTemplateLocalizer,
        IPermissionService permissionService,
        ReceiptPaidMessageTemplateInstaller receiptPaidMessageTemplateInstaller,
        IScheduleTaskService scheduleTaskService,
        ISettingService settingService,
        INopUrlHelper nopUrlHelper,
        WidgetSettings widgetSettings)
    {
        _customerService = customerService;
        _disputeMessageTemplateInstaller = disputeMessageTemplateInstaller;
        _localizationService = localizationService;
        _localeResourceInstaller = localeResourceInstaller;
        _messageTemplateLocalizer = messageTemplateLocalizer;
        _permissionService = permissionService;
        _receiptPaidMessageTemplateInstaller = receiptPaidMessageTemplateInstaller;
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
        _nopUrlHelper = nopUrlHelper;
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

    /// <summary>
    /// The same check at install as every hour: orders paid since "take in orders paid since" that the ledger has no
    /// decision for are taken in now. A first install sets that date to now, so nothing older is taken in; a reinstall
    /// over kept data keeps its date and takes in the orders paid (refunded, cancelled) while the plugin was not there.
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    private static async Task TakeInMissedOrdersAsync()
    {
        //resolved here, after the settings above are saved, rather than built with every plugin instance the widget zones ask for
        await EngineContext.Current.Resolve<IMissedOrderService>().TakeInMissedAsync();
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets a configuration page URL: the plugin's settings page
    /// </summary>
    public override string GetConfigurationPageUrl()
    {
        return _nopUrlHelper.RouteUrl(SalesCommissionDefaults.ConfigurationRouteName);
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
        //a reinstall over kept data keeps the store's settings; only missing ones get their defaults
        var settings = await _settingService.LoadSettingAsync<SalesCommissionSettings>();
        settings.TakeInOrdersPaidSinceUtc ??= DateTime.UtcNow;
        await _settingService.SaveSettingAsync(settings);

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
        await InstallScheduleTaskAsync(SalesCommissionDefaults.MissedOrderTaskType, english[MissedOrderTaskNameResource], 3600, true);

        await _receiptPaidMessageTemplateInstaller.InstallAsync();
        await _disputeMessageTemplateInstaller.InstallAsync();
        await _messageTemplateLocalizer.LocalizeAsync();

        if (!_widgetSettings.ActiveWidgetSystemNames.Contains(SalesCommissionDefaults.SystemName))
        {
            _widgetSettings.ActiveWidgetSystemNames.Add(SalesCommissionDefaults.SystemName);
            await _settingService.SaveSettingAsync(_widgetSettings);
        }

        await TakeInMissedOrdersAsync();

        await base.InstallAsync();
    }

    /// <summary>
    /// Updates the plugin in place (a new version over an installed one): the host has run the update migrations;
    /// the texts of every language are loaded again, so renamed and new resources are there and nothing shows a key.
    /// </summary>
    /// <param name="currentVersion">The installed version.</param>
    /// <param name="targetVersion">The new version.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public override async Task UpdateAsync(string currentVersion, string targetVersion)
    {
        await _localeResourceInstaller.InstallAsync();

        var settings = await _settingService.LoadSettingAsync<SalesCommissionSettings>();
        if (settings.TakeInOrdersPaidSinceUtc is null)
        {
            settings.TakeInOrdersPaidSinceUtc = DateTime.UtcNow;
            await _settingService.SaveSettingAsync(settings, s => s.TakeInOrdersPaidSinceUtc);
        }

        var english = await _localeResourceInstaller.GetEnglishResourcesAsync();
        await InstallScheduleTaskAsync(SalesCommissionDefaults.MissedOrderTaskType, english[MissedOrderTaskNameResource], 3600, true);
        await _receiptPaidMessageTemplateInstaller.InstallAsync();
        await _disputeMessageTemplateInstaller.InstallAsync();
        await _messageTemplateLocalizer.LocalizeAsync();
        await base.UpdateAsync(currentVersion, targetVersion);
    }

    /// <summary>
    /// Uninstall plugin. The commission tables, their rows and the plugin's settings stay unless "delete data on
    /// uninstall" is on; the customer role stays too, since customers may still be in it.
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public override async Task UninstallAsync()
    {
        //kept data keeps its settings too, so a reinstall pays by the same rules; the host runs the schema migration's
        //Down() after this method, which drops the tables only when "delete data" is on, and then deletes that flag
        var settings = await _settingService.LoadSettingAsync<SalesCommissionSettings>();
        if (settings.DeleteDataOnUninstall)
        {
            await _settingService.DeleteSettingAsync<SalesCommissionSettings>();
            await _settingService.SaveSettingAsync(settings, s => s.DeleteDataOnUninstall);
        }

        foreach (var permission in new SalesCommissionPermissionConfigManager().AllConfigs)
            await _permissionService.DeletePermissionAsync(permission.SystemName);

        await _localizationService.DeleteLocaleResourcesAsync(SalesCommissionDefaults.ResourcePrefix);
        await _localizationService.DeleteLocaleResourcesAsync(EnumResourcePrefix);
        await _localizationService.DeleteLocaleResourcesAsync(PermissionResourcePrefix);
        await _localizationService.DeleteLocaleResourceAsync(FriendlyNameResource);

        await UninstallScheduleTaskAsync(SalesCommissionDefaults.MonthlyDraftTaskType);
        await UninstallScheduleTaskAsync(SalesCommissionDefaults.RetryTaskType);
        await UninstallScheduleTaskAsync(SalesCommissionDefaults.MissedOrderTaskType);

        await _messageTemplateLocalizer.RemoveAsync();
        await _receiptPaidMessageTemplateInstaller.UninstallAsync();
        await _disputeMessageTemplateInstaller.UninstallAsync();

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
