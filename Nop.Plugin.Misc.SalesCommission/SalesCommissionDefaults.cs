namespace Nop.Plugin.Misc.SalesCommission;

/// <summary>System names, route names and other constants of the plugin.</summary>
public static class SalesCommissionDefaults
{
    /// <summary>The plugin's system name.</summary>
    public const string SystemName = "Misc.SalesCommission";

    /// <summary>The system name of the customer role created at install for staff.</summary>
    public const string SalesRepRoleSystemName = "SalesRepresentative";

    /// <summary>The display name of that role.</summary>
    public const string SalesRepRoleName = "Sales representative";

    /// <summary>The expense category of booked receipts.</summary>
    public const string ExpenseCategory = "Sales commission";

    /// <summary>The prefix of the plugin's locale resources.</summary>
    public const string ResourcePrefix = "Plugins.Misc.SalesCommission.";

    /// <summary>The type name of the schedule task that drafts monthly receipts.</summary>
    public const string MonthlyDraftTaskType = "Nop.Plugin.Misc.SalesCommission.Services.MonthlyReceiptDraftTask";

    /// <summary>The type name of the schedule task that retries failed order events.</summary>
    public const string RetryTaskType = "Nop.Plugin.Misc.SalesCommission.Services.OrderEventRetryTask";

    /// <summary>The type name of the schedule task that takes in missed order events.</summary>
    public const string MissedOrderTaskType = "Nop.Plugin.Misc.SalesCommission.Services.MissedOrderTask";

    /// <summary>The route name of the configuration page.</summary>
    public const string ConfigurationRouteName = "Plugin.Misc.SalesCommission.Configure";

    /// <summary>The route name of the rep's "My commissions" page.</summary>
    public const string MyCommissionsRouteName = "Plugin.Misc.SalesCommission.MyCommissions";

    /// <summary>The route name of a receipt's statement in the storefront.</summary>
    public const string ReceiptStatementRouteName = "Plugin.Misc.SalesCommission.ReceiptStatement";

    /// <summary>The route of a staff member's list of disputes.</summary>
    public const string MyDisputesRouteName = "Plugin.Misc.SalesCommission.MyDisputes";

    /// <summary>The route of the form that opens a dispute.</summary>
    public const string OpenDisputeRouteName = "Plugin.Misc.SalesCommission.OpenDispute";

    /// <summary>The route of one of a staff member's disputes.</summary>
    public const string DisputeRouteName = "Plugin.Misc.SalesCommission.Dispute";

    /// <summary>The admin menu node's system name.</summary>
    public const string AdminMenuSystemName = "Misc.SalesCommission";
}
