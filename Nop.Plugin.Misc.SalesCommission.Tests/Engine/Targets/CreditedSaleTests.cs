using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Targets;

/// <summary>Rules §7 with §2: what one paid order adds to each credited staff member's attainment.</summary>
[TestFixture]
public sealed class CreditedSaleTests
{
    private static readonly DateTime PaidAt = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static CommissionSetup Setup() => new(
        StackingPolicy.HighestPriority,
        staff: [new StaffMember("ann", null), new StaffMember("bob", null), new StaffMember("cid", null)],
        partners: [new Partner("acme", "aff1", [])],
        clients: [new Client("c1", ["Wholesale"], [new StaffShare("cid", 100m)]), new Client("c2", ["Wholesale"], [])],
        groups: [new ClientGroup("Wholesale", [new StaffShare("bob", 100m)])],
        products: [],
        programs: []);

    private static OrderSnapshot Order(
        string clientId, IReadOnlyList<StaffShare>? sellers, decimal subtotal, decimal subtotalDiscount = 0m,
        decimal orderDiscount = 0m) =>
        new("1042", clientId, "1", "aff1", PaidAt, sellers, subtotal, subtotalDiscount, orderDiscount,
            subtotal * 1.2m + 15m, [new OrderLine("P1", 1, subtotal, 0m)]);

    [Test]
    public void Split_order_credits_each_seller_their_share_of_net_sales()
    {
        var order = Order("c1", [new StaffShare("ann", 70m), new StaffShare("bob", 30m)], 10000m);

        var sales = CreditedSale.Of(order, Setup());

        Assert.That(sales, Is.EqualTo(new[]
        {
            new CreditedSale("1042", "ann", PaidAt, 7000m),
            new CreditedSale("1042", "bob", PaidAt, 3000m)
        }));
    }

    [Test]
    public void Credited_sales_are_net_sales_after_discounts_without_tax_or_shipping()
    {
        var order = Order("c1", null, 1000m, subtotalDiscount: 100m, orderDiscount: 50m);

        var sales = CreditedSale.Of(order, Setup());

        Assert.That(sales.Single(), Is.EqualTo(new CreditedSale("1042", "cid", PaidAt, 850m)));
    }

    [Test]
    public void Credited_sales_follow_crediting_down_to_the_client_group_staff()
    {
        var order = Order("c2", null, 500m);

        var sales = CreditedSale.Of(order, Setup());

        Assert.That(sales.Select(s => (s.StaffId, s.NetSales)), Is.EqualTo(new[] { ("bob", 500m) }));
    }

    [Test]
    public void Split_shares_of_credited_sales_are_not_rounded()
    {
        var order = Order("c1", [new StaffShare("ann", 33.33m), new StaffShare("bob", 66.67m)], 100.01m);

        var sales = CreditedSale.Of(order, Setup());

        Assert.That(sales.Select(s => s.NetSales), Is.EqualTo(new[] { 33.333333m, 66.676667m }));
    }

    [Test]
    public void An_unpaid_order_credits_no_sales()
    {
        var order = Order("c1", null, 500m) with { PaidAtUtc = null };

        Assert.That(CreditedSale.Of(order, Setup()), Is.Empty);
    }
}
