using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>The active partners and the clients linked to them, as the cached setup keeps them.</summary>
public class SetupPartners
{
    /// <summary>The active partners by id.</summary>
    public List<CommissionPartner> Partners { get; set; } = [];

    /// <summary>Their links to clients.</summary>
    public List<PartnerClient> Links { get; set; } = [];
}
