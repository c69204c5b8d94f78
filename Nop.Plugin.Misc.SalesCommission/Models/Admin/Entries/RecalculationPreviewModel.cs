using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>The differences a recalculation finds before they are written.</summary>
public record RecalculationPreviewModel : BaseNopModel
{
    /// <summary>What was recalculated; posted again to apply.</summary>
    public RecalculationModel Request { get; set; } = new();

    /// <summary>The differences.</summary>
    public IList<RecalculationDifferenceModel> Differences { get; set; } = [];

    /// <summary>The sum of the differences.</summary>
    public decimal NetChange { get; set; }

    /// <summary>The sum of the differences in the store's money format.</summary>
    public string NetChangeText { get; set; }
}
