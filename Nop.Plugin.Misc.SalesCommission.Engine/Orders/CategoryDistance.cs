namespace Nop.Plugin.Misc.SalesCommission.Engine.Orders;

/// <summary>A category a product belongs to, directly (distance 0) or through its subcategories (1 = parent, 2 = grandparent, …).</summary>
/// <param name="CategoryId">The category.</param>
/// <param name="Distance">Steps up the category tree from the product's nearest own category.</param>
public readonly record struct CategoryDistance(string CategoryId, int Distance);
