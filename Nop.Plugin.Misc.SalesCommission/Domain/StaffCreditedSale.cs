using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A staff member's credited share of a paid order's net sales (rules §2, §7): what targets are measured against.
/// Written once, when the order is paid; refunds, voids and cancellations do not change it.
/// </summary>
public class StaffCreditedSale : BaseEntity
{
    /// <summary>The order.</summary>
    public int OrderId { get; set; }

    /// <summary>The credited staff member (customer id).</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>When the order was paid (UTC).</summary>
    public DateTime PaidOnUtc { get; set; }

    /// <summary>The staff member's split share of the order's net sales, unrounded.</summary>
    public decimal NetSales { get; set; }
}
