using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Leaderboard;

/// <summary>One line of key figures (a rep, a team or a period), money as people read it.</summary>
public record KpiRowModel : BaseNopModel
{
    /// <summary>The rank (1 for the highest commission), or 0 for a line that is not ranked.</summary>
    public int Rank { get; set; }

    /// <summary>The rep's name, the team's manager's name, or the period.</summary>
    public string Name { get; set; }

    /// <summary>Commission.</summary>
    public string Commission { get; set; }

    /// <summary>Credited sales.</summary>
    public string CreditedSales { get; set; }

    /// <summary>Number of orders.</summary>
    public int Orders { get; set; }

    /// <summary>Average order value, or empty without orders.</summary>
    public string AverageOrderValue { get; set; }

    /// <summary>Target attainment ("84.5%"), or empty without a target for the period.</summary>
    public string Attainment { get; set; }

    /// <summary>True for the viewer's own line.</summary>
    public bool IsViewer { get; set; }
}
