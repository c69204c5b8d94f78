using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Leaderboard;

/// <summary>A ranked table of one period.</summary>
public record LeaderboardTableModel : BaseNopModel
{
    /// <summary>Month, Quarter or Year (Engine LadderWindow id).</summary>
    public int PeriodId { get; set; }

    /// <summary>The period as people read it ("This quarter (2026-Q2)").</summary>
    public string Period { get; set; }

    /// <summary>The ranked lines.</summary>
    public IList<KpiRowModel> Rows { get; set; } = [];
}
