using Nop.Core.Caching;

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

    #region Caching of the commission setup

    //every key starts with SetupCachePrefix; Services/Caching/SetupCacheParts lists which change clears which key

    /// <summary>The prefix of every cached part of the commission setup.</summary>
    public const string SetupCachePrefix = "Misc.SalesCommission.setup.";

    /// <summary>The programs that are not deleted, with their bands, product ladders, rules, scope, payees and levels.</summary>
    public static CacheKey ProgramsCacheKey => new(SetupCachePrefix + "programs");

    /// <summary>The members of the sales-rep role with their staff profiles. {0}: the role's id.</summary>
    public static CacheKey StaffCacheKey => new(SetupCachePrefix + "staff.{0}");

    /// <summary>The prefix of <see cref="StaffCacheKey"/>.</summary>
    public const string StaffCachePrefix = SetupCachePrefix + "staff.";

    /// <summary>The active partners.</summary>
    public static CacheKey PartnersCacheKey => new(SetupCachePrefix + "partners");

    /// <summary>The staff owners of client groups.</summary>
    public static CacheKey GroupOwnersCacheKey => new(SetupCachePrefix + "groupowners");

    /// <summary>The stored versions of programs' terms, oldest first.</summary>
    public static CacheKey ProgramVersionsCacheKey => new(SetupCachePrefix + "programversions");

    /// <summary>The targets.</summary>
    public static CacheKey TargetsCacheKey => new(SetupCachePrefix + "targets");

    /// <summary>The category tree.</summary>
    public static CacheKey CategoriesCacheKey => new(SetupCachePrefix + "categories");

    /// <summary>A client's groups, owners and linked partners. {0}: the customer id.</summary>
    public static CacheKey ClientCacheKey => new(SetupCachePrefix + "client.{0}");

    /// <summary>The prefix of <see cref="ClientCacheKey"/>.</summary>
    public const string ClientCachePrefix = SetupCachePrefix + "client.";

    /// <summary>A product's categories and whether it is a gift card. {0}: the product id.</summary>
    public static CacheKey ProductCacheKey => new(SetupCachePrefix + "product.{0}");

    #endregion
}
