using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;

/// <summary>A paid order as a host would hand it to the engine, with what happens to it afterwards.</summary>
/// <param name="Order">The paid order.</param>
/// <param name="ClientOrderRank">Its position (1-based) among its client's paid orders in its store.</param>
/// <param name="Refunds">The refunds it receives later, in order (empty for most orders).</param>
public sealed record GeneratedOrder(OrderSnapshot Order, int ClientOrderRank, IReadOnlyList<decimal> Refunds);
