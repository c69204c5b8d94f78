using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Leaderboard;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Reports › Leaderboard: every rep and team of this month, quarter or year ranked, and the monthly trend.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionLeaderboardController : BasePluginController
{
    private readonly ILeaderboardModelFactory _leaderboardModelFactory;

    /// <summary>Creates the controller.</summary>
    public CommissionLeaderboardController(ILeaderboardModelFactory leaderboardModelFactory)
    {
        _leaderboardModelFactory = leaderboardModelFactory;
    }

    /// <summary>The leaderboard of the picked period (this month when none is picked); a refused period shows only the picker.</summary>
    /// <param name="search">The period picker.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the page.</returns>
    [HttpGet]
    [CheckPermission(SalesCommissionPermissionConfigManager.VIEW_REPORTS)]
    public virtual async Task<IActionResult> Index(LeaderboardSearchModel search)
    {
        if (!Request.Query.ContainsKey(nameof(LeaderboardSearchModel.PeriodId)))
        {
            ModelState.Clear();
            search = new LeaderboardSearchModel { PeriodId = (int)LadderWindow.Month };
        }

        var model = await _leaderboardModelFactory.PrepareLeaderboardModelAsync(search, ModelState.IsValid);
        return View("~/Plugins/Misc.SalesCommission/Views/Admin/Leaderboard/Index.cshtml", model);
    }
}
