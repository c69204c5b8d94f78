using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads the rows the leaderboard and the key figures are computed from, and asks the engine for them.</summary>
public interface ILeaderboardService
{
    /// <summary>Gets the admin's leaderboard of the month, quarter or year containing now, with the store's monthly trend.</summary>
    /// <param name="window">Month, Quarter or Year.</param>
    /// <param name="nowUtc">Now.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the leaderboard.</returns>
    Task<AdminLeaderboard> GetAdminLeaderboardAsync(LadderWindow window, DateTime nowUtc);

    /// <summary>
    /// Gets what a rep sees on their own page: their own figures and trend, and the leaderboards the store's setting
    /// lets them see; null for someone who is not an active staff member.
    /// </summary>
    /// <param name="staffCustomerId">The rep (always the viewer themselves).</param>
    /// <param name="nowUtc">Now.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the figures, or null.</returns>
    Task<RepPerformance> GetRepPerformanceAsync(int staffCustomerId, DateTime nowUtc);
}
