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
        if (order.Sellers is { Count: > 0 })
            return (CreditSource.OrderAssignment, order.Sellers);
        if (client.Owners.Count > 0)
            return (CreditSource.ClientOwners, client.Owners);

        var firstStaffedGroup = setup.Groups.FirstOrDefault(g => g.Staff.Count > 0 && client.Groups.Contains(g.Id));
        return firstStaffedGroup is null
            ? (CreditSource.Uncredited, [])
            : (CreditSource.ClientGroup, firstStaffedGroup.Staff);
    }

    private static List<string> CreditPartners(OrderSnapshot order, CommissionSetup setup) =>
        setup.Partners
            .Where(p => (order.AffiliateId is not null && p.AffiliateId == order.AffiliateId) || p.ClientIds.Contains(order.ClientId))
            .Select(p => p.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
