using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Targets;

/// <summary>
/// The targets an accelerator measures against (rules §7) and how far each had come before the order being planned.
/// </summary>
/// <param name="Targets">Every target of the store.</param>
/// <param name="CreditedBefore">A target's credited NetSales in its period before the order (its staff member's, or its group's staff together).</param>
public sealed record TargetProgress(IReadOnlyList<SalesTarget> Targets, Func<SalesTarget, decimal> CreditedBefore)
{
    /// <summary>No targets: accelerators never apply.</summary>
    public static TargetProgress None { get; } = new([], _ => 0m);

    /// <summary>
    /// The target a staff member's commission is accelerated against on a paid date: their own target covering it,
    /// else the first covering target of a client group they are assigned to; null when there is none.
    /// </summary>
    public SalesTarget? TargetOf(string staffId, DateTime paidAtUtc, IReadOnlyList<ClientGroup> groups)
    {
        SalesTarget? groupTarget = null;
        foreach (var target in Targets)
        {
            if (!target.Covers(paidAtUtc))
                continue;
            if (target.StaffId == staffId)
                return target;
            if (groupTarget is null && target.GroupId is { } groupId
                && groups.Any(group => group.Id == groupId && group.Staff.Any(share => share.StaffId == staffId)))
                groupTarget = target;
        }

        return groupTarget;
    }
}
