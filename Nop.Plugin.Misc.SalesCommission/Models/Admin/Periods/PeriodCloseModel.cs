using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Periods;

/// <summary>The period close page: the month to close, and the months closed so far.</summary>
public record PeriodCloseModel : BaseNopModel
{
    /// <summary>The month to close, as yyyy-MM.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Periods.Fields.Month")]
    public string Month { get; set; }

    /// <summary>The ended months not closed yet.</summary>
    public IList<SelectListItem> AvailableMonths { get; set; } = [];

    /// <summary>The months closed so far, latest first.</summary>
    public IList<ClosedPeriodModel> ClosedPeriods { get; set; } = [];
}
