using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Targets;

/// <summary>
/// What one paid order adds to one staff member's attainment (rules §7): the member's credited NetSales,
/// i.e. its split share of the order's attainment NetSales (<see cref="OrderAmounts.AttainmentNetSales"/>: gift card
/// lines left out unless gift cards earn), unrounded (§9.2). Refunds, voids and cancellations never
/// reduce it (§5: attainment is not reduced), so it is never negative.
/// </summary>
/// <param name="OrderId">The paid order.</param>
/// <param name="StaffId">The credited staff member.</param>
/// <param name="PaidAtUtc">When the order was paid (UTC).</param>
/// <param name="NetSales">The member's credited NetSales: split% × the order's attainment NetSales.</param>
public sealed record CreditedSale(string OrderId, string StaffId, DateTime PaidAtUtc, decimal NetSales)
{
    /// <summary>
    /// The credited NetSales of one order, one per credited staff member, as crediting (§2) names them;
    /// none for an unpaid or uncredited order. Partners have no targets and are left out.
    /// </summary>
    public static IReadOnlyList<CreditedSale> Of(OrderSnapshot order, CommissionSetup setup)
    {
        return order.PaidAtUtc is null ? [] : Of(order, CreditingPolicy.Credit(order, setup), OrderAmounts.Of(order, setup));
    }

    /// <summary>The credited NetSales of a paid order whose crediting and amounts are already known.</summary>
    internal static IReadOnlyList<CreditedSale> Of(OrderSnapshot order, OrderCredit credit, OrderAmounts amounts)
    {
        if (order.PaidAtUtc is not { } paidAt || credit.Staff.Count == 0)
            return [];

        var sales = new CreditedSale[credit.Staff.Count];
        for (var i = 0; i < sales.Length; i++)
        {
            var share = credit.Staff[i];
            sales[i] = new CreditedSale(order.Id, share.StaffId, paidAt, amounts.AttainmentNetSales * share.Split / 100m);
        }

        return sales;
    }
}
