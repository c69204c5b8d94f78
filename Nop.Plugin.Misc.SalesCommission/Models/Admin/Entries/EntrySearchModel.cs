using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>The ledger page: its filters, the recalculation form and the runs list.</summary>
public record EntrySearchModel : BaseSearchModel
{
    /// <summary>Staff member or partner, as a BeneficiaryKey value; empty for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Search.Beneficiary")]
    public string SearchBeneficiary { get; set; }

    /// <summary>The program; 0 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Search.Program")]
    public int SearchProgramId { get; set; }

    /// <summary>The entry kind; -1 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Search.Kind")]
    public int SearchKindId { get; set; } = -1;

    /// <summary>The entry status; -1 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Search.Status")]
    public int SearchStatusId { get; set; } = -1;

    /// <summary>Orders paid on or after this day.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Search.PaidFrom")]
    [UIHint("DateNullable")]
    public DateTime? SearchPaidFrom { get; set; }

    /// <summary>Orders paid on or before this day.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Search.PaidTo")]
    [UIHint("DateNullable")]
    public DateTime? SearchPaidTo { get; set; }

    /// <summary>The order id.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Entries.Search.OrderId")]
    public int? SearchOrderId { get; set; }

    /// <summary>Beneficiary choices.</summary>
    public IList<SelectListItem> AvailableBeneficiaries { get; set; } = [];

    /// <summary>Program choices.</summary>
    public IList<SelectListItem> AvailablePrograms { get; set; } = [];

    /// <summary>Kind choices.</summary>
    public IList<SelectListItem> AvailableKinds { get; set; } = [];

    /// <summary>Status choices.</summary>
    public IList<SelectListItem> AvailableStatuses { get; set; } = [];

    /// <summary>The recalculation form.</summary>
    public RecalculationModel Recalculation { get; set; } = new();

    /// <summary>The recalculation runs list.</summary>
    public RecalculationRunSearchModel RunSearch { get; set; } = new();
}
