using Nop.Plugin.Misc.SalesCommission.Models.Leaderboard;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>The rep's performance on their own page: their key figures, their trend and the leaderboard they may see.</summary>
public record RepPerformanceModel : BaseNopModel
{
    /// <summary>Their own figures this month, quarter and year (one line per period).</summary>
    public IList<KpiRowModel> Own { get; set; } = [];

    /// <summary>Their own figures, the last 12 months.</summary>
    public IList<TrendPointModel> Trend { get; set; } = [];

    /// <summary>Who is on the leaderboard, as the rep reads it ("Your team", "Everyone"); empty when it is off.</summary>
    public string Scope { get; set; }

    /// <summary>The leaderboards of this month, quarter and year; none when the store shows no leaderboard to reps.</summary>
    public IList<LeaderboardTableModel> Boards { get; set; } = [];
}
