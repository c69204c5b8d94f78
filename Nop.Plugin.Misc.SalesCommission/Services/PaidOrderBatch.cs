using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>One batch of a run's paid orders, in paid order, with what planning them reads from the store.</summary>
/// <param name="Orders">The orders, by paid date then id.</param>
/// <param name="Setup">The commission setup for these orders (their clients and products).</param>
/// <param name="Snapshots">Each order as the engine reads it, by order id.</param>
/// <param name="CreditedSales">The credited sales stored for each order, by order id.</param>
public sealed record PaidOrderBatch(IReadOnlyList<Order> Orders, CommissionSetup Setup, IDictionary<int, OrderSnapshot> Snapshots,
    ILookup<int, StaffCreditedSale> CreditedSales)
{
    /// <summary>The credited sales stored for an order, as the engine reads them.</summary>
    /// <param name="orderId">The order.</param>
    public IReadOnlyList<CreditedSale> StoredSalesOf(int orderId) =>
        CreditedSales[orderId]
            .Select(sale => new CreditedSale(EngineId.Of(sale.OrderId), EngineId.Of(sale.StaffCustomerId), sale.PaidOnUtc, sale.NetSales))
            .ToList();
}
