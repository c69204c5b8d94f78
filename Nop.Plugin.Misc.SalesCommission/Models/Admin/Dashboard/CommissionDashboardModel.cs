using Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Dashboard;

/// <summary>The admin dashboard's commission card.</summary>
public record CommissionDashboardModel : BaseNopModel
{
    /// <summary>The month shown, e.g. "2026-11".</summary>
    public string Month { get; set; }

    /// <summary>The sum of the month's entries (orders paid this month, UTC).</summary>
    public string MonthCommission { get; set; }

    /// <summary>The sum of every entry not yet in a paid receipt.</summary>
    public string Unpaid { get; set; }

    /// <summary>How many orders have an event the ledger missed (taken in hourly, or at once with the card's button).</summary>
    public int MissedOrders { get; set; }

    /// <summary>How many disputes wait for the office.</summary>
    public int OpenDisputes { get; set; }

    /// <summary>The month's five best-earning reps.</summary>
    public IList<ReportRowModel> TopReps { get; set; } = [];
}
