using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Web.Framework.Components;
using Nop.Web.Models.Customer;

namespace Nop.Plugin.Misc.SalesCommission.Components;

/// <summary>The "My commissions" item of the customer navigation, shown to staff only.</summary>
public class MyCommissionsNavigationViewComponent : NopViewComponent
{
    /// <summary>The navigation tab id of the "My commissions" page.</summary>
    public const int TabId = 110;

    private readonly IRepStatementService _repStatementService;
    private readonly IWorkContext _workContext;

    /// <summary>Creates the component.</summary>
    public MyCommissionsNavigationViewComponent(IRepStatementService repStatementService, IWorkContext workContext)
    {
        _repStatementService = repStatementService;
        _workContext = workContext;
    }

    /// <summary>Renders the item for staff, nothing for anyone else.</summary>
    /// <param name="widgetZone">Widget zone name.</param>
    /// <param name="additionalData">The customer navigation model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the view component result.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (additionalData is not CustomerNavigationModel model)
            return Content(string.Empty);

        var customer = await _workContext.GetCurrentCustomerAsync();
        var visibility = await _repStatementService.GetTeamVisibilityAsync();
        if (!visibility.IsStaff(EngineId.Of(customer.Id)))
            return Content(string.Empty);

        return View("~/Plugins/Misc.SalesCommission/Views/Components/MyCommissionsNavigation/Default.cshtml", model);
    }
}
