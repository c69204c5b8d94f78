using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>
/// A ProductLadder program's ladder in the editor: a category or a product (neither: the default ladder), its mode,
/// its window and its bands.
/// </summary>
public record ProgramProductLadderModel : BaseNopModel
{
    /// <summary>The product id, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.ProductId")]
    public int? ProductId { get; set; }

    /// <summary>The product's name, shown next to its id.</summary>
    public string ProductName { get; set; }

    /// <summary>The category id; 0 for none.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Rule.CategoryId")]
    public int CategoryId { get; set; }

    /// <summary>Marginal or WholeAmount (Engine LadderMode).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.LadderMode")]
    public int LadderModeId { get; set; }

    /// <summary>PerOrder, Month, Quarter or Year (Engine LadderWindow).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.LadderWindow")]
    public int LadderWindowId { get; set; }

    /// <summary>The ladder's bands.</summary>
    public IList<ProgramBandModel> Bands { get; set; } = [];
}
