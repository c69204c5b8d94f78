using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// Long work run in the background (a recalculation, a simulation, drafting every receipt): what was asked, how far
/// it is, and its result, kept until the manager has seen it.
/// </summary>
public class CommissionJob : BaseEntity
{
    /// <summary>What kind of work.</summary>
    public int KindId { get; set; }

    /// <summary>What kind of work.</summary>
    public JobKind Kind
    {
        get => (JobKind)KindId;
        set => KindId = (int)value;
    }

    /// <summary>Where it stands.</summary>
    public int StatusId { get; set; }

    /// <summary>Where it stands.</summary>
    public JobStatus Status
    {
        get => (JobStatus)StatusId;
        set => StatusId = (int)value;
    }

    /// <summary>Who asked for it.</summary>
    public int CustomerId { get; set; }

    /// <summary>What was asked (JSON).</summary>
    public string Parameters { get; set; }

    /// <summary>How many items (orders, beneficiaries) the work goes through; 0 until counted.</summary>
    public int Total { get; set; }

    /// <summary>How many items are done.</summary>
    public int Done { get; set; }

    /// <summary>True when the manager asked it to stop; it stops after the batch in hand.</summary>
    public bool CancelRequested { get; set; }

    /// <summary>The result (JSON), once finished.</summary>
    public string Result { get; set; }

    /// <summary>Why it failed, when it did.</summary>
    public string Message { get; set; }

    /// <summary>When it was asked for (UTC).</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>When it started (UTC).</summary>
    public DateTime? StartedOnUtc { get; set; }

    /// <summary>When it last reported progress (UTC); a job that stays silent too long was interrupted.</summary>
    public DateTime? HeartbeatOnUtc { get; set; }

    /// <summary>When it finished (UTC).</summary>
    public DateTime? FinishedOnUtc { get; set; }

    /// <summary>When its result was first viewed (UTC).</summary>
    public DateTime? ViewedOnUtc { get; set; }
}
