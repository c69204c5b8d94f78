namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>A percent-per-product rule for one product or one category.</summary>
/// <param name="ProductId">The product, or null for a category rule.</param>
/// <param name="CategoryId">The category, or null for a product rule.</param>
/// <param name="Rate">The rate in percent of the line amount, or null.</param>
/// <param name="FixedPerUnit">A fixed amount per unit, or null.</param>
public sealed record ProductRule(string? ProductId, string? CategoryId, decimal? Rate, decimal? FixedPerUnit);
