using Nop.Web.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>The route values of a page of a staff member's entries.</summary>
public record CommissionEntriesRouteValues : IRouteValues
{
    /// <summary>The page number.</summary>
    public int PageNumber { get; set; }

    /// <summary>The staff member whose entries are listed (a manager viewing a team member), or null for one's own.</summary>
    public int? StaffCustomerId { get; set; }
}
