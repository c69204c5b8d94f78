using Nop.Plugin.Misc.SalesCommission.Models.Admin.Leaderboard;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Prepares the leaderboard's models: the admin's page and the rep's section of My commissions.</summary>
public interface ILeaderboardModelFactory
{
    /// <summary>Prepares the admin's leaderboard page; with a refused picker only the picker, with its choices.</summary>
    /// <param name="search">The period picker as sent.</param>
    /// <param name="accepted">False when the picker was refused: no figures are read.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model.</returns>
    Task<LeaderboardModel> PrepareLeaderboardModelAsync(LeaderboardSearchModel search, bool accepted);

    /// <summary>Prepares a rep's performance section; null for someone who is not an active staff member.</summary>
    /// <param name="staffCustomerId">The rep, always the viewer themselves.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model, or null.</returns>
    Task<RepPerformanceModel> PrepareRepPerformanceModelAsync(int staffCustomerId);
}
