using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Orders;

/// <summary>What the engine needs to know of a paid order, in the store's primary currency.</summary>
/// <param name="Id">The order id.</param>
/// <param name="ClientId">The client (customer) who placed it.</param>
/// <param name="StoreId">The store it was placed in, or null.</param>
/// <param name="AffiliateId">The affiliate it came through, or null.</param>
/// <param name="PaidAtUtc">When it was paid (UTC), or null when never paid.</param>
/// <param name="Sellers">The explicit seller assignment (rules §2 step 1), or null.</param>
/// <param name="SubtotalExclTax">OrderSubtotalExclTax.</param>
/// <param name="SubtotalDiscountExclTax">OrderSubTotalDiscountExclTax.</param>
/// <param name="OrderDiscount">OrderDiscount.</param>
/// <param name="Total">OrderTotal.</param>
/// <param name="Lines">The order lines.</param>
public sealed record OrderSnapshot(
    string Id,
    string ClientId,
    string? StoreId,
    string? AffiliateId,
    DateTime? PaidAtUtc,
    IReadOnlyList<StaffShare>? Sellers,
    decimal SubtotalExclTax,
    decimal SubtotalDiscountExclTax,
    decimal OrderDiscount,
    decimal Total,
    IReadOnlyList<OrderLine> Lines);
