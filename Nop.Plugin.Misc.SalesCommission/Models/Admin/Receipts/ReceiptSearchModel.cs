using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;

/// <summary>The receipts page: its filters and the form that drafts receipts.</summary>
public record ReceiptSearchModel : BaseSearchModel
{
    /// <summary>The receipt status; -1 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Receipts.Search.Status")]
    public int SearchStatusId { get; set; } = -1;

    /// <summary>Staff member or partner, as a BeneficiaryKey value; empty for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Receipts.Search.Beneficiary")]
    public string SearchBeneficiary { get; set; }

    /// <summary>Status choices.</summary>
    public IList<SelectListItem> AvailableStatuses { get; set; } = [];

    /// <summary>Beneficiary choices.</summary>
    public IList<SelectListItem> AvailableBeneficiaries { get; set; } = [];

    /// <summary>The form that drafts receipts.</summary>
    public CreateDraftsModel CreateDrafts { get; set; } = new();
}
