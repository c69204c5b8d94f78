using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Engine.Disputes;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>A staff member's question about one of their entries, or a report of an order missing from their ledger.</summary>
public class CommissionDispute : BaseEntity
{
    /// <summary>The staff member who raised it (customer id).</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>The entry questioned, or null for a missing order.</summary>
    public int? EntryId { get; set; }

    /// <summary>The order concerned.</summary>
    public int OrderId { get; set; }

    /// <summary>The first instant (UTC) of the month it concerns: the entry's, or the missing order's paid month.</summary>
    public DateTime MonthStartUtc { get; set; }

    /// <summary>Open, Resolved or Refused (Engine DisputeStatus).</summary>
    public int StatusId { get; set; }

    /// <summary>Where it stands, typed.</summary>
    public DisputeStatus Status
    {
        get => (DisputeStatus)StatusId;
        set => StatusId = (int)value;
    }

    /// <summary>When it was raised.</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>When it got its outcome, or null while open.</summary>
    public DateTime? ClosedOnUtc { get; set; }

    /// <summary>Who gave the outcome (customer id), or null.</summary>
    public int? ClosedByCustomerId { get; set; }

    /// <summary>The adjustment entry that resolved it, or null.</summary>
    public int? AdjustmentEntryId { get; set; }
}
