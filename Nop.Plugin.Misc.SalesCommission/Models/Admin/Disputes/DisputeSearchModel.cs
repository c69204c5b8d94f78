using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;

/// <summary>The disputes page's filters.</summary>
public record DisputeSearchModel : BaseSearchModel
{
    /// <summary>The status; -1 for all (the page opens on the open ones).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Disputes.Search.Status")]
    public int SearchStatusId { get; set; }

    /// <summary>The staff member (customer id); 0 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Disputes.Search.Staff")]
    public int SearchStaffCustomerId { get; set; }

    /// <summary>Status choices.</summary>
    public IList<SelectListItem> AvailableStatuses { get; set; } = [];

    /// <summary>Staff choices.</summary>
    public IList<SelectListItem> AvailableStaff { get; set; } = [];
}
