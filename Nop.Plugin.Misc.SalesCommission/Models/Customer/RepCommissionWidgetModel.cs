using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>The dashboard widget: the staff member's commission this month.</summary>
public record RepCommissionWidgetModel : BaseNopModel
{
    /// <summary>The month shown, e.g. "November 2026".</summary>
    public string Month { get; set; }

    /// <summary>Commission this month.</summary>
    public CommissionFiguresModel ThisMonth { get; set; } = new();
}
