using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Jobs;

/// <summary>How far a background job is, as its progress page and its polling read it.</summary>
public record JobProgressModel : BaseNopModel
{
    /// <summary>The job.</summary>
    public int Id { get; set; }

    /// <summary>What kind of work, in the reader's language.</summary>
    public string Kind { get; set; }

    /// <summary>Where it stands, in the reader's language.</summary>
    public string Status { get; set; }

    /// <summary>Items done.</summary>
    public int Done { get; set; }

    /// <summary>Items in all; 0 until counted.</summary>
    public int Total { get; set; }

    /// <summary>What the items are ("orders", "beneficiaries"), in the reader's language.</summary>
    public string Unit { get; set; }

    /// <summary>Percent done, 0–100.</summary>
    public int Percent { get; set; }

    /// <summary>Seconds since it started.</summary>
    public int ElapsedSeconds { get; set; }

    /// <summary>About how many seconds are left; null until the first batch is done or once finished.</summary>
    public int? RemainingSeconds { get; set; }

    /// <summary>True once it ended (completed, failed or cancelled).</summary>
    public bool Finished { get; set; }

    /// <summary>True when it may still be cancelled.</summary>
    public bool CanCancel { get; set; }

    /// <summary>True when a cancel was asked and it has not stopped yet.</summary>
    public bool CancelRequested { get; set; }

    /// <summary>What the reader should know about its end (why it failed, what a cancel left), if anything.</summary>
    public string Message { get; set; }

    /// <summary>True when there is a result to view.</summary>
    public bool HasResult { get; set; }
}
