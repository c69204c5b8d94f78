using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Leaderboard;

/// <summary>One month of a trend chart: plain numbers for the chart, the month as its label.</summary>
public record TrendPointModel : BaseNopModel
{
    /// <summary>The month ("2026-03").</summary>
    public string Month { get; set; }

    /// <summary>Commission, rounded to the cent.</summary>
    public decimal Commission { get; set; }

    /// <summary>Credited sales, rounded to the cent.</summary>
    public decimal CreditedSales { get; set; }

    /// <summary>Number of orders.</summary>
    public int Orders { get; set; }
}
