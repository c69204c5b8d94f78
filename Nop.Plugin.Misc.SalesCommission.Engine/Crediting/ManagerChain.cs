namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>
/// A credited seller's managers when the order was credited, nearest first (rules §3.3): level 1 is the seller's
/// manager, level 2 that manager's manager, and so on up to the first missing manager.
/// </summary>
/// <param name="SellerId">The credited staff member.</param>
/// <param name="ManagerIds">The managers above them, nearest first (empty at the top of the hierarchy).</param>
public sealed record ManagerChain(string SellerId, IReadOnlyList<string> ManagerIds)
{
    /// <summary>
    /// A staff member's managers up the setup's hierarchy, nearest first, until a manager is missing or is not staff.
    /// A stored hierarchy with a loop (the staff form refuses one) ends when a member would be named twice.
    /// </summary>
    /// <param name="sellerId">The staff member.</param>
    /// <param name="staff">Today's staff by id.</param>
    public static ManagerChain Of(string sellerId, IReadOnlyDictionary<string, StaffMember> staff)
    {
        ArgumentNullException.ThrowIfNull(staff);

        var managers = new List<string>();
        var current = sellerId;
        while (staff.TryGetValue(current, out var member) && member.ManagerId is { } managerId && staff.ContainsKey(managerId)
               && managerId != sellerId && !managers.Contains(managerId, StringComparer.Ordinal))
        {
            managers.Add(managerId);
            current = managerId;
        }

        return new ManagerChain(sellerId, managers);
    }
}
