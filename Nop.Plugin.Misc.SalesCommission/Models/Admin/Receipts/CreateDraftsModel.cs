using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;

/// <summary>Drafts receipts of pending entries of orders paid up to a cut-off day.</summary>
public record CreateDraftsModel : BaseNopModel
{
    /// <summary>The last day whose paid orders are gathered.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Receipts.CreateDrafts.CutoffDate")]
    [UIHint("DateNullable")]
    public DateTime? CutoffDate { get; set; }

    /// <summary>One beneficiary, as a BeneficiaryKey value; empty for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Receipts.CreateDrafts.Beneficiary")]
    public string Beneficiary { get; set; }
}
