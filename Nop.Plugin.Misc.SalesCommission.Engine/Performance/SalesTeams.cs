using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>
/// The sales teams of a hierarchy, as the team report groups them: each active staff member with anyone below them
/// leads a team of themselves and everyone below them (<see cref="TeamVisibility.TeamOf"/>). Teams nest: a rep is in
/// the team of every manager above them.
/// </summary>
public static class SalesTeams
{
    /// <summary>Every team of the hierarchy, in the hierarchy's order of their managers.</summary>
    /// <param name="hierarchy">Every staff member with their manager, active or not.</param>
    /// <param name="visibility">The hierarchy's visibility rules (who is below whom).</param>
    public static IReadOnlyList<SalesTeam> Of(IEnumerable<StaffMember> hierarchy, TeamVisibility visibility) =>
        hierarchy
            .Select(member => member.Id)
            .Distinct(StringComparer.Ordinal)
            .Select(managerId => (managerId, team: visibility.TeamOf(managerId)))
            .Where(lead => lead.team.Count > 0)
            .Select(lead => new SalesTeam(lead.managerId, [lead.managerId, .. lead.team]))
            .ToList();

    /// <summary>
    /// A rep's own team on the leaderboard: the team of their manager (their peers and their manager with everyone
    /// below), or, for a rep with no manager, the team they lead; a rep with neither is a team of one.
    /// </summary>
    /// <param name="staffId">The rep.</param>
    /// <param name="hierarchy">Every staff member with their manager, active or not.</param>
    /// <param name="visibility">The hierarchy's visibility rules (who is below whom).</param>
    public static SalesTeam TeamOfRep(string staffId, IEnumerable<StaffMember> hierarchy, TeamVisibility visibility)
    {
        var managerId = hierarchy.FirstOrDefault(member => member.Id == staffId)?.ManagerId;
        var leadId = managerId is not null && managerId != staffId && visibility.IsStaff(managerId) ? managerId : staffId;
        return new SalesTeam(leadId, [leadId, .. visibility.TeamOf(leadId)]);
    }
}
