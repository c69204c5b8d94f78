using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Targets;

/// <summary>A sales target of a staff member or a client group, with its attainment.</summary>
public record TargetModel : BaseNopEntityModel
{
    /// <summary>The staff member (customer id); 0 for a client-group target.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Targets.Fields.Staff")]
    public int StaffCustomerId { get; set; }

    /// <summary>The client group (customer role id); 0 for a staff target.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Targets.Fields.Group")]
    public int CustomerRoleId { get; set; }

    /// <summary>Month, quarter or year (engine LadderWindow id).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Targets.Fields.Period")]
    public int PeriodId { get; set; }

    /// <summary>The first day of the period.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Targets.Fields.StartDate")]
    [UIHint("DateNullable")]
    public DateTime? StartDate { get; set; }

    /// <summary>The credited net sales asked for.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Targets.Fields.Amount")]
    public decimal Amount { get; set; }

    /// <summary>The amount in the store's money format.</summary>
    public string AmountText { get; set; }

    /// <summary>Whose target it is: a staff member's name or a group's name (team quota).</summary>
    public string OwnerName { get; set; }

    /// <summary>The period: its kind and first and last day, e.g. "Month 11/1/2026 – 11/30/2026" in the user's date format.</summary>
    public string PeriodLabel { get; set; }

    /// <summary>The credited net sales so far.</summary>
    public decimal Credited { get; set; }

    /// <summary>The credited net sales in the store's money format.</summary>
    public string CreditedText { get; set; }

    /// <summary>Attained share of the amount, in percent, to one decimal.</summary>
    public decimal Percent { get; set; }

    /// <summary>What is still missing (0 once met).</summary>
    public decimal Remaining { get; set; }

    /// <summary>What is still missing, in the store's money format.</summary>
    public string RemainingText { get; set; }

    /// <summary>Staff choices.</summary>
    public IList<SelectListItem> AvailableStaff { get; set; } = [];

    /// <summary>Client group choices.</summary>
    public IList<SelectListItem> AvailableGroups { get; set; } = [];

    /// <summary>Period choices.</summary>
    public IList<SelectListItem> AvailablePeriods { get; set; } = [];
}
