using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Periods;

/// <summary>A closed month as finance reads it.</summary>
public record ClosedPeriodModel : BaseNopModel
{
    /// <summary>The month, in the user's language ("November 2026").</summary>
    public string Month { get; set; }

    /// <summary>When it was closed (user's time).</summary>
    public DateTime ClosedOn { get; set; }

    /// <summary>Who closed it.</summary>
    public string ClosedBy { get; set; }
}
