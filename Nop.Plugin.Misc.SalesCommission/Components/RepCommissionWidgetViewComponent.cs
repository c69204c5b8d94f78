using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.SalesCommission.Components;

/// <summary>The staff member's dashboard widget: this month's commission by status, when the store shows it.</summary>
public class RepCommissionWidgetViewComponent : NopViewComponent
{
    private readonly IRepStatementModelFactory _repStatementModelFactory;
    private readonly IRepStatementService _repStatementService;
    private readonly IWorkContext _workContext;
    private readonly SalesCommissionSettings _settings;

    /// <summary>Creates the component.</summary>
    public RepCommissionWidgetViewComponent(IRepStatementModelFactory repStatementModelFactory,
        IRepStatementService repStatementService,
        IWorkContext workContext,
        SalesCommissionSettings settings)
    {
        _repStatementModelFactory = repStatementModelFactory;
        _repStatementService = repStatementService;
        _workContext = workContext;
        _settings = settings;
    }

    /// <summary>Renders the widget for staff when the store shows it, nothing otherwise.</summary>
    /// <param name="widgetZone">Widget zone name.</param>
    /// <param name="additionalData">Additional data (unused).</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the view component result.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (!_settings.ShowRepWidget)
            return Content(string.Empty);

        var customer = await _workContext.GetCurrentCustomerAsync();
        var visibility = await _repStatementService.GetTeamVisibilityAsync();
        if (!visibility.IsStaff(EngineId.Of(customer.Id)))
            return Content(string.Empty);

        var model = await _repStatementModelFactory.PrepareRepWidgetModelAsync(customer.Id);
        return View("~/Plugins/Misc.SalesCommission/Views/Components/RepCommissionWidget/Default.cshtml", model);
    }
}
