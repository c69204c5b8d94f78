namespace Nop.Plugin.Misc.SalesCommission.Engine.Orders;

/// <summary>One line of an order, in the store's primary currency.</summary>
/// <param name="ProductId">The product sold.</param>
/// <param name="Quantity">Units sold.</param>
/// <param name="PriceExclTax">The line total excluding tax, after item discounts.</param>
/// <param name="UnitCost">The product's cost per unit when ordered (OriginalProductCost).</param>
public sealed record OrderLine(string ProductId, int Quantity, decimal PriceExclTax, decimal UnitCost);
