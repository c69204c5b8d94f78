using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// An order's crediting as decided when it was paid (rules §2): which step named its staff. Its credited staff and
/// partners, with their splits and manager chains, are <see cref="OrderCreditingShare"/> rows. A recalculation plans the
/// order with it unless the manager asks to credit again with today's assignments.
/// </summary>
public class OrderCrediting : BaseEntity
{
    /// <summary>The order (one crediting per order).</summary>
    public int OrderId { get; set; }

    /// <summary>The crediting step that named the staff (Engine CreditSource).</summary>
    public int CreditSourceId { get; set; }

    /// <summary>When the crediting was decided (the payment, or the recalculation that credited again).</summary>
    public DateTime CreditedOnUtc { get; set; }
}
