namespace Nop.Plugin.Misc.SalesCommission.Engine.Orders;

/// <summary>A product and the categories it is in.</summary>
/// <param name="Id">The product id.</param>
/// <param name="Categories">The product's category ids.</param>
/// <param name="GiftCard">True for a gift card (nopCommerce <c>Product.IsGiftCard</c>): not a sale unless gift cards earn (rules §3.1).</param>
public sealed record Product(string Id, IReadOnlyList<string> Categories, bool GiftCard = false);
