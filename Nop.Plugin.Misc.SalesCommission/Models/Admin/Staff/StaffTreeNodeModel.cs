using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Staff;

/// <summary>A staff member in the hierarchy tree, with their direct reports.</summary>
public record StaffTreeNodeModel : BaseNopModel
{
    /// <summary>The customer id.</summary>
    public int CustomerId { get; set; }

    /// <summary>The name.</summary>
    public string Name { get; set; }

    /// <summary>False when the member no longer earns commission.</summary>
    public bool Active { get; set; }

    /// <summary>Direct reports.</summary>
    public IList<StaffTreeNodeModel> Reports { get; set; } = [];
}
