using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Leaderboard;

/// <summary>The leaderboard's period picker.</summary>
public record LeaderboardSearchModel : BaseNopModel
{
    /// <summary>This month, quarter or year (Engine LadderWindow id).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Leaderboard.Fields.Period")]
    public int PeriodId { get; set; }

    /// <summary>Period choices.</summary>
    public IList<SelectListItem> AvailablePeriods { get; set; } = [];
}
