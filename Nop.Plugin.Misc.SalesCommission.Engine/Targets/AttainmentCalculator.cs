namespace Nop.Plugin.Misc.SalesCommission.Engine.Targets;

/// <summary>
/// Computes target attainment (rules §7) from the credited NetSales of paid orders (<see cref="CreditedSale"/>).
/// Only orders paid in the target's period [StartDate, EndDate) count, by their paid date in UTC. Refunds,
/// voids and cancellations do not reduce attainment (§5), so only paid sales are given.
/// <para>
/// A group target is a <b>team quota</b>: the credited NetSales of every staff member assigned to the group
/// are summed against the one target amount, and each member sees the team's attainment. A sales manager
/// sets a team target expecting the team's sales together to reach it; holding each member to the whole
/// amount would multiply the quota by the team size. An order split between two members of the team
/// counts once, in full (70% + 30%); a member listed twice in the group counts once. A member's own
/// quota is a staff target.
/// </para>
/// </summary>
public static class AttainmentCalculator
{
    /// <summary>The attainment of each target, in the targets' order.</summary>
    /// <param name="targets">The targets.</param>
    /// <param name="sales">The credited NetSales of paid orders, each order once per credited staff member.</param>
    /// <param name="groupStaff">Group targets: the staff ids assigned to each client group; an unknown group has no staff.</param>
    /// <exception cref="ArgumentException">A credited sale is negative (a refund given as a sale).</exception>
    public static IReadOnlyList<TargetAttainment> Calculate(
        IEnumerable<SalesTarget> targets,
        IEnumerable<CreditedSale> sales,
        IReadOnlyDictionary<string, IReadOnlyList<string>> groupStaff)
    {
        var saleList = sales.ToList();
        var refund = saleList.FirstOrDefault(s => s.NetSales < 0m);
        if (refund is not null)
            throw new ArgumentException(
                $"Order {refund.OrderId}, staff {refund.StaffId}: credited NetSales {refund.NetSales} is negative; refunds do not reduce attainment.",
                nameof(sales));

        return targets.Select(target => Attain(target, saleList, groupStaff)).ToList();
    }

    private static TargetAttainment Attain(
        SalesTarget target, List<CreditedSale> sales, IReadOnlyDictionary<string, IReadOnlyList<string>> groupStaff)
    {
        var counted = StaffOf(target, groupStaff);
        var credited = sales
            .Where(s => counted.Contains(s.StaffId) && target.Covers(s.PaidAtUtc))
            .Sum(s => s.NetSales);
        return new TargetAttainment(target, credited);
    }

    private static HashSet<string> StaffOf(SalesTarget target, IReadOnlyDictionary<string, IReadOnlyList<string>> groupStaff)
    {
        if (target.StaffId is { } staffId)
            return new HashSet<string>([staffId], StringComparer.Ordinal);

        return groupStaff.TryGetValue(target.GroupId!, out var members)
            ? new HashSet<string>(members, StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }
}
