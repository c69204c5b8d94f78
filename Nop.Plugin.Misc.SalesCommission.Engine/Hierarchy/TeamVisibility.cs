using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;

/// <summary>
/// Who may see whose commission figures (a rep sees only their own data, a manager their team): an active staff
/// member sees their own, and a manager also sees everyone below them in the hierarchy (their reports, their
/// reports' reports, and so on). Nobody else sees anything: not a customer who is not staff, not an inactive
/// staff member, not a report looking up at their manager, not a peer. An inactive member stays in the hierarchy,
/// so their manager keeps seeing their history and the chain through them is not broken. A cycle in the data
/// (rejected at save, §3.3) cannot make a walk loop.
/// </summary>
public sealed class TeamVisibility
{
    private readonly HashSet<string> _active;
    private readonly Dictionary<string, List<string>> _reports = new(StringComparer.Ordinal);

    /// <summary>Creates the visibility rules of one hierarchy.</summary>
    /// <param name="staff">Every staff member with their manager, active or not.</param>
    /// <param name="activeStaffIds">The staff members who are active (may see anything at all).</param>
    public TeamVisibility(IEnumerable<StaffMember> staff, IEnumerable<string> activeStaffIds)
    {
        _active = new HashSet<string>(activeStaffIds, StringComparer.Ordinal);
        foreach (var member in staff.Where(member => member.ManagerId is not null && member.ManagerId != member.Id))
        {
            if (!_reports.TryGetValue(member.ManagerId!, out var reports))
                _reports[member.ManagerId!] = reports = [];

            reports.Add(member.Id);
        }
    }

    /// <summary>True when the person is an active staff member, i.e. has commission pages at all.</summary>
    /// <param name="personId">The person (a staff member's id, or any other customer's).</param>
    public bool IsStaff(string personId) => _active.Contains(personId);

    /// <summary>True when the viewer may see the staff member's figures, entries and receipts.</summary>
    /// <param name="viewerId">Who asks.</param>
    /// <param name="staffId">Whose data is asked for.</param>
    public bool MaySee(string viewerId, string staffId) =>
        IsStaff(viewerId) && (viewerId == staffId || TeamOf(viewerId).Contains(staffId, StringComparer.Ordinal));

    /// <summary>
    /// The staff members below a manager in the hierarchy, nearest first (direct reports, then theirs), each once;
    /// empty for someone who is not an active staff member or has no reports.
    /// </summary>
    /// <param name="managerId">The manager.</param>
    public IReadOnlyList<string> TeamOf(string managerId)
    {
        var team = new List<string>();
        if (!IsStaff(managerId))
            return team;

        var seen = new HashSet<string>(StringComparer.Ordinal) { managerId };
        var next = new Queue<string>([managerId]);
        while (next.Count > 0)
        {
            if (!_reports.TryGetValue(next.Dequeue(), out var reports))
                continue;

            foreach (var report in reports.Where(seen.Add))
            {
                team.Add(report);
                next.Enqueue(report);
            }
        }

        return team;
    }
}
