using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Expenses;

/// <summary>The expense journal's filters, shared by the list and the CSV export.</summary>
public record ExpenseSearchModel : BaseSearchModel
{
    /// <summary>Expenses dated on or after this day.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Expenses.Search.From")]
    [UIHint("DateNullable")]
    public DateTime? SearchFrom { get; set; }

    /// <summary>Expenses dated on or before this day.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Expenses.Search.To")]
    [UIHint("DateNullable")]
    public DateTime? SearchTo { get; set; }

    /// <summary>Staff or partner; -1 for both.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Expenses.Search.BeneficiaryType")]
    public int SearchBeneficiaryTypeId { get; set; } = -1;

    /// <summary>Beneficiary type choices.</summary>
    public IList<SelectListItem> AvailableBeneficiaryTypes { get; set; } = [];
}
