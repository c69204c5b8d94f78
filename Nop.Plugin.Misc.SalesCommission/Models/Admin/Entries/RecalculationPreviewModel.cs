using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>The differences a recalculation finds before they are written.</summary>
public record RecalculationPreviewModel : BaseNopModel
{
    /// <summary>What was recalculated; posted again to apply.</summary>
    public RecalculationModel Request { get; set; } = new();

    /// <summary>The differences.</summary>
    public IList<RecalculationDifferenceModel> Differences { get; set; } = [];

    /// <summary>True when the differences were written (the result of an applied recalculation).</summary>
    public bool Applied { get; set; }

    /// <summary>The sum of the differences.</summary>
    public decimal NetChange { get; set; }

    /// <summary>The sum of the differences in the store's money format.</summary>
    public string NetChangeText { get; set; }

    /// <summary>How many differences the run found in all (more than are listed when it found many).</summary>
    public int Changes { get; set; }

    /// <summary>The run's record of itself (orders, failures), when it ran in the background.</summary>
    public string Summary { get; set; }
}
