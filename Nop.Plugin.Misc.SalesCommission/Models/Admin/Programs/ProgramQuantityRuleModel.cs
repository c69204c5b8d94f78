using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>A per-quantity rule in the editor: a product, a category or every product, a quantity band, and one way to pay.</summary>
public record ProgramQuantityRuleModel : BaseNopModel
{
    /// <summary>The product id, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.ProductId")]
    public int? ProductId { get; set; }

    /// <summary>The product's name, shown next to its id.</summary>
    public string ProductName { get; set; }

    /// <summary>The category id; 0 for none.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.CategoryId")]
    public int CategoryId { get; set; }

    /// <summary>Smallest quantity (inclusive).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.MinQty")]
    public int MinQty { get; set; } = 1;

    /// <summary>Largest quantity (inclusive), or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.MaxQty")]
    public int? MaxQty { get; set; }

    /// <summary>Fixed amount per unit, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.PerUnit")]
    public decimal? PerUnit { get; set; }

    /// <summary>Fixed amount per line, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.PerLine")]
    public decimal? PerLine { get; set; }

    /// <summary>Rate in percent of the line amount, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.Rate")]
    public decimal? Rate { get; set; }
}
