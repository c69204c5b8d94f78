using Nop.Core.Configuration;

namespace Nop.Plugin.Misc.SalesCommission;

/// <summary>The plugin's settings.</summary>
public class SalesCommissionSettings : ISettings
{
    /// <summary>What happens when several programs match one order for one beneficiary (Engine StackingPolicy).</summary>
    public int StackingPolicyId { get; set; }

    /// <summary>The system name of the customer role whose members are staff (sales representatives).</summary>
    public string SalesRepRoleSystemName { get; set; } = SalesCommissionDefaults.SalesRepRoleSystemName;

    /// <summary>True to delete every commission table and row when the plugin is uninstalled.</summary>
    public bool DeleteDataOnUninstall { get; set; }

    /// <summary>True to draft receipts for every beneficiary at the start of each month.</summary>
    public bool MonthlyDraftsEnabled { get; set; }

    /// <summary>
    /// True when gift card lines earn like any sale (rules §3.1); false (the default) leaves them out of every program's
    /// basis and of attainment, because the card's value earns when it is spent.
    /// </summary>
    public bool GiftCardsEarn { get; set; }

    /// <summary>
    /// Orders paid since then whose events the ledger missed (not recorded, or the plugin not installed at the time)
    /// are taken in by the missed-order task; set to the first install time, and may be moved earlier.
    /// </summary>
    public DateTime? TakeInOrdersPaidSinceUtc { get; set; }

    /// <summary>The days an entry is held after its order is paid before a receipt may take it (rules §6); a program may set its own.</summary>
    public int HoldDays { get; set; }

    /// <summary>True to show staff their month's figures in a widget on the account pages and the home page.</summary>
    public bool ShowRepWidget { get; set; } = true;

    /// <summary>Which reps a rep sees on the leaderboard on their page (Engine LeaderboardVisibility): off (the default), their team or everyone.</summary>
    public int LeaderboardVisibilityId { get; set; }
}
