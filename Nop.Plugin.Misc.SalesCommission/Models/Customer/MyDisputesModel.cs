using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>The rep's own disputes, newest first.</summary>
public record MyDisputesModel : BaseNopModel
{
    /// <summary>The disputes.</summary>
    public IList<DisputeThreadModel> Disputes { get; set; } = [];
}
