using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;

/// <summary>Resolves a dispute by an adjustment entry.</summary>
public record DisputeResolveModel : BaseNopModel
{
    /// <summary>The dispute.</summary>
    public int DisputeId { get; set; }

    /// <summary>The adjustment's amount (negative takes commission back).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Disputes.Fields.Amount")]
    public decimal? Amount { get; set; }

    /// <summary>For a missing order: the program the adjustment belongs to.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Disputes.Fields.Program")]
    public int ProgramId { get; set; }

    /// <summary>What the office says; the adjustment's explanation.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Disputes.Fields.Note")]
    public string Note { get; set; }
}
