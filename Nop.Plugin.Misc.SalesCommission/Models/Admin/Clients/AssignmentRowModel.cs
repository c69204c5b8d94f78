using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Clients;

/// <summary>One client or client group and its staff, in the list.</summary>
public record AssignmentRowModel : BaseNopModel
{
    /// <summary>"Client" or "Client group" (localized).</summary>
    public string Kind { get; set; }

    /// <summary>True for a client group.</summary>
    public bool IsGroup { get; set; }

    /// <summary>The client's customer id or the group's role id.</summary>
    public int TargetId { get; set; }

    /// <summary>The client's e-mail or the group's name.</summary>
    public string Name { get; set; }

    /// <summary>The staff and their splits, e.g. "Arthur Holmes 60%, James Pan 40%".</summary>
    public string Owners { get; set; }
}
