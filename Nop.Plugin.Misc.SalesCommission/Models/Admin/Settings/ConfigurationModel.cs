using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Settings;

/// <summary>The plugin's settings page.</summary>
public record ConfigurationModel : BaseNopModel
{
    /// <summary>Engine StackingPolicy id.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Fields.StackingPolicy")]
    public int StackingPolicyId { get; set; }

    /// <summary>The customer role whose members are staff.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Fields.SalesRepRoleSystemName")]
    public string SalesRepRoleSystemName { get; set; }

    /// <summary>Delete every commission table and row on uninstall.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Fields.DeleteDataOnUninstall")]
    public bool DeleteDataOnUninstall { get; set; }

    /// <summary>Draft receipts for every beneficiary at the start of each month.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Fields.MonthlyDraftsEnabled")]
    public bool MonthlyDraftsEnabled { get; set; }

    /// <summary>Show staff their month's figures on the home and account pages.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Fields.ShowRepWidget")]
    public bool ShowRepWidget { get; set; }

    /// <summary>Gift card lines earn like any sale.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Fields.GiftCardsEarn")]
    public bool GiftCardsEarn { get; set; }

    /// <summary>The days an entry is held after its order is paid before a receipt may take it.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Fields.HoldDays")]
    public int HoldDays { get; set; }

    /// <summary>Which reps a rep sees on the leaderboard (Engine LeaderboardVisibility id).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Fields.LeaderboardVisibility")]
    public int LeaderboardVisibilityId { get; set; }

    /// <summary>Leaderboard visibility choices.</summary>
    public IList<SelectListItem> AvailableLeaderboardVisibilities { get; set; } = [];

    /// <summary>Stacking policy choices.</summary>
    public IList<SelectListItem> AvailableStackingPolicies { get; set; } = [];

    /// <summary>Customer role choices (by system name).</summary>
    public IList<SelectListItem> AvailableRoles { get; set; } = [];
}
