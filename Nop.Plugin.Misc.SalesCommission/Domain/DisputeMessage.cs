using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>One message of a dispute's thread: who wrote what, when.</summary>
public class DisputeMessage : BaseEntity
{
    /// <summary>The longest message kept.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The dispute.</summary>
    public int DisputeId { get; set; }

    /// <summary>Who wrote it (customer id).</summary>
    public int AuthorCustomerId { get; set; }

    /// <summary>True when the staff member who raised the dispute wrote it; false for the office.</summary>
    public bool FromStaff { get; set; }

    /// <summary>The text.</summary>
    public string Text { get; set; }

    /// <summary>When it was written.</summary>
    public DateTime CreatedOnUtc { get; set; }
}
