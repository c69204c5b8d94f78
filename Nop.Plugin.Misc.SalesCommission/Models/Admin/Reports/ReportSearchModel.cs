using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;

/// <summary>The report's filters, shared by the grid, the chart and the CSV export.</summary>
public record ReportSearchModel : BaseSearchModel
{
    /// <summary>What to add up by (ReportGrouping id).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Reports.Search.Grouping")]
    public int GroupingId { get; set; }

    /// <summary>Orders paid on or after this day.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Reports.Search.From")]
    [UIHint("DateNullable")]
    public DateTime? SearchFrom { get; set; }

    /// <summary>Orders paid on or before this day.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Reports.Search.To")]
    [UIHint("DateNullable")]
    public DateTime? SearchTo { get; set; }

    /// <summary>The store; 0 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Reports.Search.Store")]
    public int SearchStoreId { get; set; }

    /// <summary>Grouping choices.</summary>
    public IList<SelectListItem> AvailableGroupings { get; set; } = [];

    /// <summary>Store choices.</summary>
    public IList<SelectListItem> AvailableStores { get; set; } = [];
}
