using Nop.Web.Framework.Models;
using Nop.Web.Models.Common;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>The "My commissions" page: a staff member's figures, targets, entries and receipts, and a manager's team.</summary>
public record MyCommissionsModel : BaseNopModel
{
    /// <summary>The staff member shown.</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>The staff member's name.</summary>
    public string StaffName { get; set; }

    /// <summary>True when viewers look at their own figures; false for a manager viewing a team member.</summary>
    public bool IsOwn { get; set; }

    /// <summary>Commission this month.</summary>
    public CommissionFiguresModel ThisMonth { get; set; } = new();

    /// <summary>Commission this year.</summary>
    public CommissionFiguresModel ThisYear { get; set; } = new();

    /// <summary>The active targets.</summary>
    public IList<TargetAttainmentModel> Targets { get; set; } = new List<TargetAttainmentModel>();

    /// <summary>A page of entries.</summary>
    public IList<CommissionEntryRowModel> Entries { get; set; } = new List<CommissionEntryRowModel>();

    /// <summary>The pager of the entries.</summary>
    public PagerModel EntriesPager { get; set; }

    /// <summary>Approved and paid receipts.</summary>
    public IList<ReceiptSummaryModel> Receipts { get; set; } = new List<ReceiptSummaryModel>();

    /// <summary>The viewer's team (empty unless the viewer manages staff and looks at their own page).</summary>
    public IList<TeamMemberModel> Team { get; set; } = new List<TeamMemberModel>();
}
