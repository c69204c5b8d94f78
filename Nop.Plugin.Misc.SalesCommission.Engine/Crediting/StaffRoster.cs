using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>
/// The one answer to "who is staff" (rules §1), for crediting, overrides, targets, visibility and the admin's checks
/// alike: a member of the sales-rep role is a staff member unless their staff profile was deactivated; a member whose
/// profile was never saved is an active staff member with no manager. Inactive members stay in the hierarchy (their
/// manager keeps seeing their history) but earn nothing and pass no override up.
/// </summary>
public sealed class StaffRoster
{
    private readonly HashSet<string> _activeIds;

    /// <summary>Creates the roster of the sales-rep role's members.</summary>
    /// <param name="members">Every member of the role, each once.</param>
    public StaffRoster(IEnumerable<RosterEntry> members)
    {
        ArgumentNullException.ThrowIfNull(members);

        var entries = members.DistinctBy(member => member.Id).ToList();
        Hierarchy = entries.Select(member => new StaffMember(member.Id, member.ManagerId)).ToList();
        Active = entries.Where(member => member.ProfileActive ?? true).Select(member => new StaffMember(member.Id, member.ManagerId)).ToList();
        _activeIds = new HashSet<string>(Active.Select(member => member.Id), StringComparer.Ordinal);
    }

    /// <summary>Every member with their manager, active or not: the hierarchy managers are checked against.</summary>
    public IReadOnlyList<StaffMember> Hierarchy { get; }

    /// <summary>The active staff members: those who are credited, paid overrides and measured against targets.</summary>
    public IReadOnlyList<StaffMember> Active { get; }

    /// <summary>True when the person is an active staff member.</summary>
    /// <param name="personId">The person's id.</param>
    public bool IsActiveStaff(string personId) => _activeIds.Contains(personId);

    /// <summary>Who may see whose figures: every member of the hierarchy, the active ones seeing their own and their team's.</summary>
    public TeamVisibility Visibility => new(Hierarchy, _activeIds);
}
