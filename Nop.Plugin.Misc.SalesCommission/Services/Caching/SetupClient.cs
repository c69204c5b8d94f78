using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>A client as the cached setup keeps it: the customer roles (client groups) and the staff owners.</summary>
public class SetupClient
{
    /// <summary>The customer id.</summary>
    public int CustomerId { get; set; }

    /// <summary>The ids of the customer's roles, ascending.</summary>
    public List<int> RoleIds { get; set; } = [];

    /// <summary>The owners, in the order they were saved.</summary>
    public List<ClientAssignment> Owners { get; set; } = [];
}
