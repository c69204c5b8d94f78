using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>
/// Whom a rep sees on the leaderboard, by the store's setting: nobody when it is off or the viewer is not an active
/// staff member; the active members of their own team (<see cref="SalesTeams.TeamOfRep"/>) for "within their team";
/// every active staff member for "everyone". Only ranks and figures of those reps are shown, never anyone else's.
/// </summary>
public static class LeaderboardAudience
{
    /// <summary>The staff ids the viewer may see on the leaderboard, in the hierarchy's order; empty when none.</summary>
    /// <param name="setting">The store's leaderboard setting.</param>
    /// <param name="viewerId">Who asks.</param>
    /// <param name="hierarchy">Every staff member with their manager, active or not.</param>
    /// <param name="visibility">The hierarchy's visibility rules (who is active, who is below whom).</param>
    public static IReadOnlyList<string> Visible(LeaderboardVisibility setting, string viewerId,
        IReadOnlyList<StaffMember> hierarchy, TeamVisibility visibility)
    {
        if (!visibility.IsStaff(viewerId))
            return [];

        IEnumerable<string> shown = setting switch
        {
            LeaderboardVisibility.Team => SalesTeams.TeamOfRep(viewerId, hierarchy, visibility).Members,
            LeaderboardVisibility.Everyone => hierarchy.Select(member => member.Id),
            _ => []
        };

        return shown.Where(visibility.IsStaff).Distinct(StringComparer.Ordinal).ToList();
    }
}
