using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Security;
using Nop.Web.Areas.Admin.Models.Orders;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.SalesCommission.Components;

/// <summary>
/// The commission panel of the admin order page (widget zone admin_order_details_block): the order's entries and its
/// sellers, for those who manage commissions.
/// </summary>
public class OrderCommissionPanelViewComponent : NopViewComponent
{
    private readonly IEntryModelFactory _entryModelFactory;
    private readonly IPermissionService _permissionService;

    /// <summary>Creates the component.</summary>
    public OrderCommissionPanelViewComponent(IEntryModelFactory entryModelFactory, IPermissionService permissionService)
    {
        _entryModelFactory = entryModelFactory;
        _permissionService = permissionService;
    }

    /// <summary>Renders the panel for the order the page shows.</summary>
    /// <param name="widgetZone">The widget zone.</param>
    /// <param name="additionalData">The host's order model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the view, or nothing.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (additionalData is not OrderModel { Id: > 0 } order
            || !await _permissionService.AuthorizeAsync(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS))
            return Content(string.Empty);

        var model = await _entryModelFactory.PrepareOrderPanelModelAsync(order.Id);
        return View("~/Plugins/Misc.SalesCommission/Views/Components/OrderCommissionPanel/Default.cshtml", model);
    }
}
