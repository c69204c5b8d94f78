using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.SalesCommission.Controllers;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Cms;
using Nop.Services.Security;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;
using Nop.Web.Framework.Mvc.Filters;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Disputes;

/// <summary>
/// The disputes page admits managers (manage commissions) and finance (pay receipts); its menu item shows to exactly
/// the admins the page admits.
/// </summary>
[TestFixture]
public class DisputeMenuAccessTests : PluginHostTest
{
    private const string Manage = SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS;
    private const string Pay = SalesCommissionPermissionConfigManager.PAY_RECEIPTS;
    private const string Report = SalesCommissionPermissionConfigManager.VIEW_REPORTS;

    private static Mock<IPermissionService> Holding(string[] held)
    {
        var permissions = new Mock<IPermissionService>();
        permissions.Setup(service => service.AuthorizeAsync(It.IsAny<string>())).ReturnsAsync((string name) => held.Contains(name));
        return permissions;
    }

    /// <summary>The disputes item as the host shows it: visible, and every permission it names held.</summary>
    private static async Task<bool> MenuShowsDisputesAsync(IPermissionService permissions)
    {
        var widgets = new Mock<IWidgetPluginManager>();
        widgets.Setup(manager => manager.LoadPluginBySystemNameAsync(SalesCommissionDefaults.SystemName, It.IsAny<Customer>(), It.IsAny<int>()))
            .ReturnsAsync(Mock.Of<IWidgetPlugin>());
        widgets.Setup(manager => manager.IsPluginActive(It.IsAny<IWidgetPlugin>())).Returns(true);
        var menu = new Mock<IAdminMenu>();
        menu.Setup(adminMenu => adminMenu.GetMenuItemUrl(It.IsAny<string>(), It.IsAny<string>()))
            .Returns((string controller, string action) => $"/Admin/{controller}/{action}");
        var consumer = ActivatorUtilities.CreateInstance<AdminMenuEventConsumer>(Store, new DisputeAccess(permissions), widgets.Object);
        var root = new AdminMenuItem { SystemName = "Home", Visible = true };

        await consumer.HandleEventAsync(new AdminMenuCreatedEvent(menu.Object, root));

        var item = root.GetItemBySystemName($"{SalesCommissionDefaults.AdminMenuSystemName}.Disputes");
        if (!item.Visible)
            return false;
        foreach (var permission in item.PermissionNames)
        {
            if (!await permissions.AuthorizeAsync(permission))
                return false;
        }

        return true;
    }

    /// <summary>The page as the host admits it: an action's CheckPermission lets in an admin holding any permission it names.</summary>
    private static async Task<bool> PageAdmitsAsync(IPermissionService permissions, MethodInfo action)
    {
        foreach (var permission in action.GetCustomAttributes<CheckPermissionAttribute>().SelectMany(check => check.PermissionSystemName))
        {
            if (await permissions.AuthorizeAsync(permission))
                return true;
        }

        return false;
    }

    private static IEnumerable<MethodInfo> DisputeActions() =>
        typeof(CommissionDisputeController).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

    [Test]
    public void Every_action_of_the_disputes_page_checks_the_dispute_permissions()
    {
        var actions = DisputeActions().ToList();

        Assert.That(actions, Is.Not.Empty);
        foreach (var action in actions)
            Assert.That(action.GetCustomAttributes<CheckPermissionAttribute>().SelectMany(check => check.PermissionSystemName),
                Is.EquivalentTo(SalesCommissionPermissionConfigManager.AnswerDisputes), action.Name);
    }

    [TestCase(new string[0], false)]
    [TestCase(new[] { Report }, false)]
    [TestCase(new[] { Manage }, true)]
    [TestCase(new[] { Pay }, true)]
    [TestCase(new[] { Manage, Pay }, true)]
    public async Task The_disputes_menu_item_shows_exactly_when_the_page_admits_the_admin(string[] held, bool admitted)
    {
        var permissions = Holding(held).Object;

        var shown = await MenuShowsDisputesAsync(permissions);

        Assert.That((shown, await PageAdmitsAsync(permissions, DisputeActions().First(action => action.Name == "List"))),
            Is.EqualTo((admitted, admitted)));
    }
}
