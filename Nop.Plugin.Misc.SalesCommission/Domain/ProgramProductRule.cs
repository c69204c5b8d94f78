using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A percent-per-product rule for a product or a category.
/// </summary>
public class ProgramProductRule : BaseEntity
{
    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>The product, or null.</summary>
    public int? ProductId { get; set; }

    /// <summary>The category, or null.</summary>
    public int? CategoryId { get; set; }

    /// <summary>Rate in percent of the line amount, or null.</summary>
    public decimal? Rate { get; set; }

    /// <summary>Fixed amount per unit, or null.</summary>
    public decimal? FixedPerUnit { get; set; }
}
