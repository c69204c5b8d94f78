using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;

/// <summary>A dispute with its thread, the entry it questions and the office's forms.</summary>
public record DisputeModel : DisputeRowModel
{
    /// <summary>True while it may be answered, resolved or refused.</summary>
    public bool IsOpen { get; set; }

    /// <summary>The order's id, for its admin page.</summary>
    public int OrderId { get; set; }

    /// <summary>The entry questioned, or null for a missing order.</summary>
    public EntryModel Entry { get; set; }

    /// <summary>The adjustment that resolved it, or null.</summary>
    public EntryModel Adjustment { get; set; }

    /// <summary>Who gave the outcome and when, or empty.</summary>
    public string ClosedBy { get; set; }

    /// <summary>When it got its outcome (user's time), or null.</summary>
    public DateTime? ClosedOn { get; set; }

    /// <summary>The thread, oldest first.</summary>
    public IList<DisputeMessageModel> Messages { get; set; } = [];

    /// <summary>The answer form.</summary>
    public DisputeReplyModel Reply { get; set; } = new();

    /// <summary>The resolve form.</summary>
    public DisputeResolveModel Resolve { get; set; } = new();

    /// <summary>The refuse form.</summary>
    public DisputeReplyModel Refuse { get; set; } = new();

    /// <summary>Program choices for the adjustment of a missing order.</summary>
    public IList<SelectListItem> AvailablePrograms { get; set; } = [];
}
