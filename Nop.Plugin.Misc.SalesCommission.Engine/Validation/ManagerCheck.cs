using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>
/// Checks a change of a staff member's manager (rules §3.3): overrides climb the hierarchy from a seller to their
/// manager and up, so the manager must be another staff member who does not report to this one, directly or not.
/// </summary>
public static class ManagerCheck
{
    /// <summary>Finds what is wrong with giving a staff member a manager; null when nothing is.</summary>
    /// <param name="staff">The hierarchy as it stands (each staff member with their current manager).</param>
    /// <param name="staffId">The staff member whose manager changes.</param>
    /// <param name="managerId">The new manager; null for none, which is always valid.</param>
    public static ManagerIssue? Check(IReadOnlyCollection<StaffMember> staff, string staffId, string? managerId)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (managerId is null)
            return null;
        if (managerId == staffId)
            return ManagerIssue.Self;

        var managers = staff.ToDictionary(member => member.Id, member => member.ManagerId, StringComparer.Ordinal);
        if (!managers.ContainsKey(managerId))
            return ManagerIssue.NotStaff;

        //walk up from the new manager: meeting the staff member means they would manage their own manager
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = managerId; current is not null && seen.Add(current); current = managers.GetValueOrDefault(current))
        {
            if (current == staffId)
                return ManagerIssue.Cycle;
        }

        return null;
    }
}
