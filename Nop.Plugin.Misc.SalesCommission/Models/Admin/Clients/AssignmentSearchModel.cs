using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Clients;

/// <summary>The clients and groups list, with the forms that open a client or a group to assign.</summary>
public record AssignmentSearchModel : BaseSearchModel
{
    /// <summary>The e-mail of a client to assign.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Clients.ClientEmail")]
    public string ClientEmail { get; set; }

    /// <summary>A client group (customer role) to assign.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Clients.Group")]
    public int GroupId { get; set; }

    /// <summary>Group choices.</summary>
    public IList<SelectListItem> AvailableGroups { get; set; } = [];
}
