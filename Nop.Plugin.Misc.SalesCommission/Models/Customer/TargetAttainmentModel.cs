using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>How far one active target is reached.</summary>
public record TargetAttainmentModel : BaseNopModel
{
    /// <summary>The period, e.g. "2026-11" or "2026-Q4".</summary>
    public string Period { get; set; }

    /// <summary>True for a team (client group) target.</summary>
    public bool IsTeamTarget { get; set; }

    /// <summary>The credited net sales so far.</summary>
    public string CreditedNetSales { get; set; }

    /// <summary>The target amount.</summary>
    public string Amount { get; set; }

    /// <summary>Attainment in percent, rounded to one decimal for display.</summary>
    public decimal Percent { get; set; }

    /// <summary>The width of the progress bar in percent (0 to 100).</summary>
    public int BarPercent { get; set; }

    /// <summary>True once the target is reached.</summary>
    public bool IsMet { get; set; }
}
