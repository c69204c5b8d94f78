using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;

/// <summary>One dispute in the list.</summary>
public record DisputeRowModel : BaseNopEntityModel
{
    /// <summary>Its reference (D-12).</summary>
    public string Reference { get; set; }

    /// <summary>The staff member's name.</summary>
    public string StaffName { get; set; }

    /// <summary>The order's number.</summary>
    public string OrderNumber { get; set; }

    /// <summary>What it is about: an entry, or a missing order (localized).</summary>
    public string Subject { get; set; }

    /// <summary>Its month (yyyy-MM).</summary>
    public string Month { get; set; }

    /// <summary>Its status (localized).</summary>
    public string Status { get; set; }

    /// <summary>When it was raised (user's time).</summary>
    public DateTime CreatedOn { get; set; }
}
