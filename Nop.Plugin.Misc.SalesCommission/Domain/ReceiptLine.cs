using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// An entry gathered by a receipt (kept after a void, for the record).
/// </summary>
public class ReceiptLine : BaseEntity
{
    /// <summary>The receipt.</summary>
    public int ReceiptId { get; set; }

    /// <summary>The entry.</summary>
    public int EntryId { get; set; }

    /// <summary>The entry's amount.</summary>
    public decimal Amount { get; set; }
}
