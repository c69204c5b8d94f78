using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;

/// <summary>A message to a dispute's thread: an answer, or a refusal's reason.</summary>
public record DisputeReplyModel : BaseNopModel
{
    /// <summary>The dispute.</summary>
    public int DisputeId { get; set; }

    /// <summary>The message.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Disputes.Fields.Text")]
    public string Text { get; set; }
}
