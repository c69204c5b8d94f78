using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>A member of a manager's team with their figures.</summary>
public record TeamMemberModel : BaseNopModel
{
    /// <summary>The member's customer id.</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>The member's name.</summary>
    public string Name { get; set; }

    /// <summary>The member's commission this month.</summary>
    public CommissionFiguresModel ThisMonth { get; set; } = new();

    /// <summary>The member's commission this year.</summary>
    public CommissionFiguresModel ThisYear { get; set; } = new();
}
