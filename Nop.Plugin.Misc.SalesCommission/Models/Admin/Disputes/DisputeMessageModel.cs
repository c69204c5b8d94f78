using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;

/// <summary>One message of a dispute's thread: who wrote what, when.</summary>
public record DisputeMessageModel : BaseNopModel
{
    /// <summary>The author's name.</summary>
    public string Author { get; set; }

    /// <summary>True when the staff member wrote it; false for the office.</summary>
    public bool FromStaff { get; set; }

    /// <summary>The text.</summary>
    public string Text { get; set; }

    /// <summary>When (the viewer's time).</summary>
    public DateTime CreatedOn { get; set; }
}
