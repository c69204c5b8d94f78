namespace Nop.Plugin.Misc.SalesCommission.Engine.Orders;

/// <summary>A product category and its parent (nopCommerce <c>Category.ParentCategoryId</c>), rules §3.2.3.</summary>
/// <param name="Id">The category id.</param>
/// <param name="ParentId">The parent category, or null for a root.</param>
public sealed record Category(string Id, string? ParentId);
