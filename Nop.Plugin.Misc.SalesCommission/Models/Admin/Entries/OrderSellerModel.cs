using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>One seller row of the order panel; a row without staff is ignored.</summary>
public record OrderSellerModel : BaseNopModel
{
    /// <summary>The staff member's customer id; 0 for an empty row.</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>The split, in percent.</summary>
    public decimal Split { get; set; }
}
