using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>A percent-per-product rule in the editor: a product or a category, and a rate or a fixed amount per unit.</summary>
public record ProgramProductRuleModel : BaseNopModel
{
    /// <summary>The product id, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.ProductId")]
    public int? ProductId { get; set; }

    /// <summary>The product's name, shown next to its id.</summary>
    public string ProductName { get; set; }

    /// <summary>The category id; 0 for none.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.CategoryId")]
    public int CategoryId { get; set; }

    /// <summary>Rate in percent of the line amount, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.Rate")]
    public decimal? Rate { get; set; }

    /// <summary>Fixed amount per unit, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.FixedPerUnit")]
    public decimal? FixedPerUnit { get; set; }
}
