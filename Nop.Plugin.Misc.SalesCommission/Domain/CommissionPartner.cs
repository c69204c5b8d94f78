using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A partner: an affiliate or a customer, credited for orders of the clients it brings.
/// </summary>
public class CommissionPartner : BaseEntity
{
    /// <summary>The longest name the partner table keeps.</summary>
    public const int NameLength = 400;

    /// <summary>The partner's name.</summary>
    public string Name { get; set; }

    /// <summary>The affiliate, or null.</summary>
    public int? AffiliateId { get; set; }

    /// <summary>The partner's own customer account, or null.</summary>
    public int? CustomerId { get; set; }

    /// <summary>Whether the partner earns commission.</summary>
    public bool Active { get; set; }

    /// <summary>When the partner was created.</summary>
    public DateTime CreatedOnUtc { get; set; }
}
