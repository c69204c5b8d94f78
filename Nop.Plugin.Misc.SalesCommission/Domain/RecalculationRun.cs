using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A recalculation a manager ran: who, when, what range, and what it changed.
/// </summary>
public class RecalculationRun : BaseEntity
{
    /// <summary>Who ran it.</summary>
    public int CustomerId { get; set; }

    /// <summary>When it started.</summary>
    public DateTime StartedOnUtc { get; set; }

    /// <summary>When it finished.</summary>
    public DateTime? FinishedOnUtc { get; set; }

    /// <summary>Paid-date range start, or null.</summary>
    public DateTime? FromUtc { get; set; }

    /// <summary>Paid-date range end, or null.</summary>
    public DateTime? ToUtc { get; set; }

    /// <summary>Chosen orders (comma-separated), or null.</summary>
    public string OrderIds { get; set; }

    /// <summary>True for a preview that wrote nothing.</summary>
    public bool DryRun { get; set; }

    /// <summary>Orders recalculated.</summary>
    public int OrdersExamined { get; set; }

    /// <summary>Entries written.</summary>
    public int EntriesAdded { get; set; }

    /// <summary>Pending entries replaced.</summary>
    public int EntriesRemoved { get; set; }

    /// <summary>The net change of commission.</summary>
    public decimal NetChange { get; set; }

    /// <summary>A summary or the error.</summary>
    public string Result { get; set; }
}
