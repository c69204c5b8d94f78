namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>A per-quantity rule: a quantity band for a product, a category or every product, and what it pays.</summary>
/// <param name="ProductId">The product, or null.</param>
/// <param name="CategoryId">The category, or null (both null: every product).</param>
/// <param name="MinQty">The smallest quantity of the band (inclusive).</param>
/// <param name="MaxQty">The largest quantity of the band (inclusive), or null for no upper bound.</param>
/// <param name="PerUnit">A fixed amount per unit, or null.</param>
/// <param name="PerLine">A fixed amount per line, or null.</param>
/// <param name="Rate">A rate in percent of the line amount, or null.</param>
public sealed record QuantityRule(
    string? ProductId,
    string? CategoryId,
    int MinQty,
    int? MaxQty,
    decimal? PerUnit,
    decimal? PerLine,
    decimal? Rate)
{
    /// <summary>True when the band contains the quantity.</summary>
    public bool Contains(int quantity) => quantity >= MinQty && (MaxQty is null || quantity <= MaxQty);
}
