namespace Nop.Plugin.Misc.SalesCommission.Engine.Orders;

/// <summary>A product and the categories it is in.</summary>
/// <param name="Id">The product id.</param>
/// <param name="Categories">The product's category ids.</param>
public sealed record Product(string Id, IReadOnlyList<string> Categories);
