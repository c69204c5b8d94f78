using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Staff;

/// <summary>A staff member: their manager and whether they earn commission.</summary>
public record StaffModel : BaseNopModel
{
    /// <summary>The customer id.</summary>
    public int CustomerId { get; set; }

    /// <summary>The name (or e-mail).</summary>
    public string Name { get; set; }

    /// <summary>The e-mail.</summary>
    public string Email { get; set; }

    /// <summary>The manager's customer id; 0 for none.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Staff.Fields.Manager")]
    public int ManagerCustomerId { get; set; }

    /// <summary>The manager's name.</summary>
    public string ManagerName { get; set; }

    /// <summary>True when the member earns commission.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Staff.Fields.Active")]
    public bool Active { get; set; } = true;

    /// <summary>Manager choices.</summary>
    public IList<SelectListItem> AvailableManagers { get; set; } = [];
}
