using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.SalesCommission.Components;

/// <summary>
/// The performance section of a rep's own "My commissions" page: their key figures and trend, and the leaderboard the
/// store's setting lets them see. It always reads the viewer's own figures (it takes no one's id), so no request can
/// reach another rep's.
/// </summary>
public class RepPerformanceViewComponent : NopViewComponent
{
    private readonly ILeaderboardModelFactory _leaderboardModelFactory;
    private readonly IWorkContext _workContext;

    /// <summary>Creates the component.</summary>
    public RepPerformanceViewComponent(ILeaderboardModelFactory leaderboardModelFactory, IWorkContext workContext)
    {
        _leaderboardModelFactory = leaderboardModelFactory;
        _workContext = workContext;
    }

    /// <summary>Renders the section for an active staff member, nothing for anyone else.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the view component result.</returns>
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var viewer = await _workContext.GetCurrentCustomerAsync();
        if (await _leaderboardModelFactory.PrepareRepPerformanceModelAsync(viewer.Id) is not { } model)
            return Content(string.Empty);

        return View("~/Plugins/Misc.SalesCommission/Views/Components/RepPerformance/Default.cshtml", model);
    }
}
