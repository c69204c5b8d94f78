using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>What to recalculate: orders paid in a date range, or chosen orders.</summary>
public record RecalculationModel : BaseNopModel
{
    /// <summary>Orders paid on or after this day.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Recalculation.FromDate")]
    [UIHint("DateNullable")]
    public DateTime? FromDate { get; set; }

    /// <summary>Orders paid on or before this day.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Recalculation.ToDate")]
    [UIHint("DateNullable")]
    public DateTime? ToDate { get; set; }

    /// <summary>Order ids separated by commas; when given, the dates are ignored.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Recalculation.OrderIds")]
    public string OrderIds { get; set; }

    /// <summary>True to credit the orders again with today's assignments instead of the crediting kept from their payment.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Recalculation.CreditAgain")]
    public bool CreditAgain { get; set; }
}
