using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>A ladder band in the editor.</summary>
public record ProgramBandModel : BaseNopModel
{
    /// <summary>Where the band starts.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Band.From")]
    public decimal? From { get; set; }

    /// <summary>Where it ends (the next band's start, or empty for that); on the last band a cap on the base, or empty for none.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Band.To")]
    public decimal? To { get; set; }

    /// <summary>Rate in percent, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Band.Rate")]
    public decimal? Rate { get; set; }

    /// <summary>Fixed amount, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Band.FixedAmount")]
    public decimal? FixedAmount { get; set; }
}
