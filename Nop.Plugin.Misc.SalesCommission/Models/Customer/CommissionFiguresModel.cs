using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>A staff member's commission in one period by status, formatted in the store's currency.</summary>
public record CommissionFiguresModel : BaseNopModel
{
    /// <summary>Not yet in an approved receipt.</summary>
    public string Pending { get; set; }

    /// <summary>In an approved receipt, waiting to be paid.</summary>
    public string Approved { get; set; }

    /// <summary>In a paid receipt.</summary>
    public string Paid { get; set; }
}
