using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;

/// <summary>A page of a commission report.</summary>
public record ReportListModel : BasePagedListModel<ReportRowModel>
{
}
