using Nop.Plugin.Misc.SalesCommission.Models.Leaderboard;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Leaderboard;

/// <summary>The admin's leaderboard page: the period picker and, when it was accepted, the figures.</summary>
public record LeaderboardModel : LeaderboardSearchModel
{
    /// <summary>Every active rep, ranked; empty when the picker was refused.</summary>
    public LeaderboardTableModel Reps { get; set; } = new();

    /// <summary>Every team, ranked under its manager's name.</summary>
    public LeaderboardTableModel Teams { get; set; } = new();

    /// <summary>Every staff member's figures together, the last 12 months.</summary>
    public IList<TrendPointModel> Trend { get; set; } = [];
}
