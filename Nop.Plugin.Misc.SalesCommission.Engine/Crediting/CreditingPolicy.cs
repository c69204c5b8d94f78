using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>
/// Decides who gets credit for an order (rules §2): the explicit assignment, else the client's owners,
/// else the staff of the client's first group that has staff, else nobody; partners independently, in full.
/// </summary>
public static class CreditingPolicy
{
    /// <summary>Credits an order.</summary>
    public static OrderCredit Credit(OrderSnapshot order, CommissionSetup setup)
    {
        var client = setup.ClientOf(order.ClientId);
        var (source, staff) = CreditStaff(order, client, setup);
        return new OrderCredit(source, staff, CreditPartners(order, setup));
    }

    private static (CreditSource, IReadOnlyList<StaffShare>) CreditStaff(OrderSnapshot order, Client client, CommissionSetup setup)
    {
        if (Staffed(order.Sellers, setup) is { Count: > 0 } sellers)
            return (CreditSource.OrderAssignment, sellers);
        if (Staffed(client.Owners, setup) is { Count: > 0 } owners)
            return (CreditSource.ClientOwners, owners);

        var groupStaff = setup.Groups
            .Where(g => client.Groups.Contains(g.Id))
            .Select(g => Staffed(g.Staff, setup))
            .FirstOrDefault(staff => staff.Count > 0);
        return groupStaff is null
            ? (CreditSource.Uncredited, [])
            : (CreditSource.ClientGroup, groupStaff);
    }

    /// <summary>
    /// The shares of an assignment that name current staff. A share of someone who is no longer staff (left the
    /// role, deactivated) earns nothing and is not handed to the others; an assignment naming nobody who is
    /// staff names nobody, and the next crediting step applies (as for an empty list, §9.10). A member named
    /// twice is credited once, with the two splits added.
    /// </summary>
    private static List<StaffShare> Staffed(IReadOnlyList<StaffShare>? shares, CommissionSetup setup) =>
        (shares ?? [])
            .Where(s => setup.Staff.ContainsKey(s.StaffId))
            .GroupBy(s => s.StaffId, StringComparer.Ordinal)
            .Select(g => new StaffShare(g.Key, g.Sum(s => s.Split)))
            .ToList();

    private static List<string> CreditPartners(OrderSnapshot order, CommissionSetup setup) =>
        setup.PartnersCrediting(order.ClientId, order.AffiliateId).Select(p => p.Id).Distinct(StringComparer.Ordinal).ToList();
}
