using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// An explicit seller of an order with a split (rules §2 step 1).
/// </summary>
public class OrderSellerAssignment : BaseEntity
{
    /// <summary>The order.</summary>
    public int OrderId { get; set; }

    /// <summary>The staff member.</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>The split in percent.</summary>
    public decimal Split { get; set; }
}
