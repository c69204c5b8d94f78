using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A client linked to a partner.
/// </summary>
public class PartnerClient : BaseEntity
{
    /// <summary>The partner.</summary>
    public int PartnerId { get; set; }

    /// <summary>The client's customer id.</summary>
    public int CustomerId { get; set; }
}
