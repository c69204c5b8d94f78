using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>
/// Decides who gets credit for an order (rules §2): the explicit assignment, else the client's owners,
/// else the staff of the client's first group that has staff, else nobody; partners independently, in full; and the
/// manager chain above each credited staff member (rules §3.3), as the hierarchy stands.
/// </summary>
public static class CreditingPolicy
{
    /// <summary>Credits an order.</summary>
    public static OrderCredit Credit(OrderSnapshot order, CommissionSetup setup)
    {
        var client = setup.ClientOf(order.ClientId);
        var (source, staff) = CreditStaff(order, client, setup);
        return new OrderCredit(source, staff, CreditPartners(order, setup)) { ManagerChains = ChainsOf(staff, setup) };
    }

    private static IReadOnlyList<ManagerChain> ChainsOf(IReadOnlyList<StaffShare> staff, CommissionSetup setup)
    {
        if (staff.Count <= 1)
            return staff.Count == 0 ? [] : setup.ManagerChainsOf(staff[0].StaffId);

        var chains = new ManagerChain[staff.Count];
        for (var i = 0; i < staff.Count; i++)
            chains[i] = setup.ManagerChainOf(staff[i].StaffId);
        return chains;
    }

    private static (CreditSource, IReadOnlyList<StaffShare>) CreditStaff(OrderSnapshot order, Client client, CommissionSetup setup)
    {
        if (Staffed(order.Sellers, setup) is { Count: > 0 } sellers)
            return (CreditSource.OrderAssignment, sellers);
        if (Staffed(client.Owners, setup) is { Count: > 0 } owners)
            return (CreditSource.ClientOwners, owners);

        if (client.Groups.Count > 0)
        {
            foreach (var group in setup.Groups)
            {
                if (Contains(client.Groups, group.Id) && Staffed(group.Staff, setup) is { Count: > 0 } groupStaff)
                    return (CreditSource.ClientGroup, groupStaff);
            }
        }

        return (CreditSource.Uncredited, []);
    }

    private static bool Contains(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The shares of an assignment that name current staff. A share of someone who is no longer staff (left the
    /// role, deactivated) earns nothing and is not handed to the others; an assignment naming nobody who is
    /// staff names nobody, and the next crediting step applies (as for an empty list, §9.10). A member named
    /// twice is credited once, with the two splits added. An assignment that is already so is returned as it is.
    /// </summary>
    private static IReadOnlyList<StaffShare> Staffed(IReadOnlyList<StaffShare>? shares, CommissionSetup setup)
    {
        if (shares is null || shares.Count == 0)
            return [];
        if (AllStaffOnce(shares, setup))
            return shares;

        var staffed = new List<StaffShare>(shares.Count);

        foreach (var share in shares)
        {
            if (!setup.Staff.ContainsKey(share.StaffId))
                continue;
            var index = 0;
            while (index < staffed.Count && !string.Equals(staffed[index].StaffId, share.StaffId, StringComparison.Ordinal))
                index++;
            if (index == staffed.Count)
                staffed.Add(share);
            else
                staffed[index] = staffed[index] with { Split = staffed[index].Split + share.Split };
        }

        return staffed;
    }

    /// <summary>True when every share names a current staff member and none is named twice.</summary>
    private static bool AllStaffOnce(IReadOnlyList<StaffShare> shares, CommissionSetup setup)
    {
        for (var i = 0; i < shares.Count; i++)
        {
            if (!setup.Staff.ContainsKey(shares[i].StaffId))
                return false;
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(shares[j].StaffId, shares[i].StaffId, StringComparison.Ordinal))
                    return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<string> CreditPartners(OrderSnapshot order, CommissionSetup setup)
    {
        var partners = setup.PartnersCrediting(order.ClientId, order.AffiliateId);
        if (partners.Count == 0)
            return [];
        var ids = new List<string>(partners.Count);
        foreach (var partner in partners)
        {
            if (!Contains(ids, partner.Id))
                ids.Add(partner.Id);
        }

        return ids;
    }
}
