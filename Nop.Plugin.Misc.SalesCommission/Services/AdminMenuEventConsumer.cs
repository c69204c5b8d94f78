using Nop.Services.Cms;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Adds the "Sales commission" node and its pages to the admin menu, each page shown to admins holding its permission
/// </summary>
public class AdminMenuEventConsumer : IConsumer<AdminMenuCreatedEvent>
{
    #region Fields

    private readonly IDisputeAccess _disputeAccess;
    private readonly ILocalizationService _localizationService;
    private readonly IWidgetPluginManager _widgetPluginManager;

    #endregion

    #region Ctor

    /// <summary>
    /// Creates the consumer
    /// </summary>
    public AdminMenuEventConsumer(IDisputeAccess disputeAccess, ILocalizationService localizationService, IWidgetPluginManager widgetPluginManager)
    {
        _disputeAccess = disputeAccess;
        _localizationService = localizationService;
        _widgetPluginManager = widgetPluginManager;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Creates the menu item of one admin page
    /// </summary>
    /// <returns>A task that represents the asynchronous operation; its result is the menu item</returns>
    private async Task<AdminMenuItem> CreatePageItemAsync(AdminMenuCreatedEvent eventMessage, string name, string controller, string action, string permission)
    {
        return new AdminMenuItem
        {
            Visible = true,
            SystemName = $"{SalesCommissionDefaults.AdminMenuSystemName}.{name}",
            Title = await _localizationService.GetResourceAsync($"{SalesCommissionDefaults.ResourcePrefix}Menu.{name}"),
            Url = eventMessage.GetMenuItemUrl(controller, action),
            IconClass = "far fa-dot-circle",
            PermissionNames = [permission]
        };
    }

    /// <summary>
    /// The disputes page's item: the page admits managers and finance alike (either permission) while the host shows an
    /// item only to admins holding every permission it names, so it names the one this admin holds, or is hidden.
    /// </summary>
    private async Task<AdminMenuItem> CreateDisputesItemAsync(AdminMenuCreatedEvent eventMessage)
    {
        var held = await _disputeAccess.HeldPermissionAsync();
        var item = await CreatePageItemAsync(eventMessage, "Disputes", "CommissionDispute", "List",
            held ?? SalesCommissionPermissionConfigManager.AnswerDisputes[0]);
        item.Visible = held is not null;
        return item;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Handles the admin menu created event
    /// </summary>
    /// <param name="eventMessage">Event message</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task HandleEventAsync(AdminMenuCreatedEvent eventMessage)
    {
        //the event can come before the plugin is fully installed; only an installed, active plugin has a menu
        var plugin = await _widgetPluginManager.LoadPluginBySystemNameAsync(SalesCommissionDefaults.SystemName);
        if (plugin is null || !_widgetPluginManager.IsPluginActive(plugin))
            return;

        const string manage = SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS;
        const string pay = SalesCommissionPermissionConfigManager.PAY_RECEIPTS;
        const string report = SalesCommissionPermissionConfigManager.VIEW_REPORTS;

        var node = new AdminMenuItem
        {
            Visible = true,
            SystemName = SalesCommissionDefaults.AdminMenuSystemName,
            Title = await _localizationService.GetResourceAsync($"{SalesCommissionDefaults.ResourcePrefix}Menu"),
            IconClass = "fas fa-hand-holding-usd",
            ChildNodes =
            [
                await CreatePageItemAsync(eventMessage, "Programs", "CommissionProgram", "List", manage),
                await CreatePageItemAsync(eventMessage, "Staff", "CommissionStaff", "List", manage),
                await CreatePageItemAsync(eventMessage, "Clients", "CommissionClient", "List", manage),
                await CreatePageItemAsync(eventMessage, "Partners", "CommissionPartner", "List", manage),
                await CreatePageItemAsync(eventMessage, "Targets", "CommissionTarget", "List", manage),
                await CreatePageItemAsync(eventMessage, "Entries", "CommissionEntry", "List", manage),
                await CreatePageItemAsync(eventMessage, "Receipts", "CommissionReceipt", "List", pay),
                await CreatePageItemAsync(eventMessage, "Expenses", "CommissionExpense", "List", pay),
                await CreateDisputesItemAsync(eventMessage),
                await CreatePageItemAsync(eventMessage, "Periods", "CommissionPeriod", "List", pay),
                await CreatePageItemAsync(eventMessage, "Payroll", "CommissionPayroll", "Index", pay),
                await CreatePageItemAsync(eventMessage, "Reports", "CommissionReport", "Index", report),
                await CreatePageItemAsync(eventMessage, "Leaderboard", "CommissionLeaderboard", "Index", report),
                await CreatePageItemAsync(eventMessage, "Settings", "CommissionSettings", "Configure", manage)
            ]
        };

        if (!eventMessage.RootMenuItem.InsertAfter("Promotions", node))
            eventMessage.RootMenuItem.ChildNodes.Add(node);
    }

    #endregion
}
