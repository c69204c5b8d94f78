using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Clients;

/// <summary>The staff who own a client, or serve a client group, with their splits.</summary>
public record ClientOwnersModel : BaseNopModel
{
    /// <summary>True for a client group (customer role), false for a client (customer).</summary>
    public bool IsGroup { get; set; }

    /// <summary>The client's customer id or the group's role id.</summary>
    public int TargetId { get; set; }

    /// <summary>The client's or group's name.</summary>
    public string TargetName { get; set; }

    /// <summary>The owners, with empty rows to add more.</summary>
    public IList<OwnerShareModel> Owners { get; set; } = [];

    /// <summary>Staff choices.</summary>
    public IList<SelectListItem> AvailableStaff { get; set; } = [];
}
