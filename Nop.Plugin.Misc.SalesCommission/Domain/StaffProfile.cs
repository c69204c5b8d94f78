using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A staff member: a customer in the sales-representative role, with their manager.
/// </summary>
public class StaffProfile : BaseEntity
{
    /// <summary>The staff member's customer id.</summary>
    public int CustomerId { get; set; }

    /// <summary>The manager's customer id, or null.</summary>
    public int? ManagerCustomerId { get; set; }

    /// <summary>Whether the staff member earns commission.</summary>
    public bool Active { get; set; }

    /// <summary>When the profile was created.</summary>
    public DateTime CreatedOnUtc { get; set; }
}
