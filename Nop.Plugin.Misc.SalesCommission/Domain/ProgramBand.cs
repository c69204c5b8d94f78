using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A band of a ladder program's ladder, or of one of a ProductLadder program's ladders.
/// </summary>
public class ProgramBand : BaseEntity
{
    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>The product ladder the band belongs to; null for a band of the program's own ladder.</summary>
    public int? ProductLadderId { get; set; }

    /// <summary>Where the band starts.</summary>
    public decimal From { get; set; }

    /// <summary>
    /// The last band's end, which caps the base (rules §3.4); null for an open-ended last band. Other bands end where
    /// the next starts and keep null.
    /// </summary>
    public decimal? To { get; set; }

    /// <summary>Rate in percent, or null.</summary>
    public decimal? Rate { get; set; }

    /// <summary>Fixed amount, or null.</summary>
    public decimal? FixedAmount { get; set; }

    /// <summary>Order of the band.</summary>
    public int DisplayOrder { get; set; }
}
