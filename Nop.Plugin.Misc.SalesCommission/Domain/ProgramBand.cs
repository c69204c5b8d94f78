using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A band of a ladder program.
/// </summary>
public class ProgramBand : BaseEntity
{
    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>Where the band starts.</summary>
    public decimal From { get; set; }

    /// <summary>Rate in percent, or null.</summary>
    public decimal? Rate { get; set; }

    /// <summary>Fixed amount, or null.</summary>
    public decimal? FixedAmount { get; set; }

    /// <summary>Order of the band.</summary>
    public int DisplayOrder { get; set; }
}
