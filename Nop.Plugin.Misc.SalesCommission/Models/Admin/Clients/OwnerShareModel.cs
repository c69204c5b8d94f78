using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Clients;

/// <summary>One staff member's share of a client or client group.</summary>
public record OwnerShareModel : BaseNopModel
{
    /// <summary>The staff member (customer id); 0 for an unused row.</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>The split in percent.</summary>
    public decimal Split { get; set; }
}
