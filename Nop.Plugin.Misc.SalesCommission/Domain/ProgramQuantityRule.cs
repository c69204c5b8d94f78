using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A per-quantity rule with a quantity band.
/// </summary>
public class ProgramQuantityRule : BaseEntity
{
    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>The product, or null.</summary>
    public int? ProductId { get; set; }

    /// <summary>The category, or null.</summary>
    public int? CategoryId { get; set; }

    /// <summary>Smallest quantity (inclusive).</summary>
    public int MinQty { get; set; }

    /// <summary>Largest quantity (inclusive), or null.</summary>
    public int? MaxQty { get; set; }

    /// <summary>Fixed amount per unit, or null.</summary>
    public decimal? PerUnit { get; set; }

    /// <summary>Fixed amount per line, or null.</summary>
    public decimal? PerLine { get; set; }

    /// <summary>Rate in percent of the line amount, or null.</summary>
    public decimal? Rate { get; set; }
}
