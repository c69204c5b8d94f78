using Nop.Core.Domain.Customers;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The plugin's permissions, declared once as data.</summary>
public class SalesCommissionPermissionConfigManager : IPermissionConfigManager
{
    /// <summary>Manage programs, staff, clients, partners, targets, entries and recalculation.</summary>
    public const string MANAGE_COMMISSIONS = "Misc.SalesCommission.ManageCommissions";

    /// <summary>Approve, pay and void receipts and book expenses.</summary>
    public const string PAY_RECEIPTS = "Misc.SalesCommission.PayReceipts";

    /// <summary>View commission reports and statistics.</summary>
    public const string VIEW_REPORTS = "Misc.SalesCommission.ViewReports";

    /// <summary>
    /// Who answers and resolves disputes: managers (manage commissions) and finance (pay receipts), either permission
    /// admits. Each action of the disputes page checks these (<c>CheckPermission</c> admits an admin holding any of them).
    /// </summary>
    public static IReadOnlyList<string> AnswerDisputes { get; } = [MANAGE_COMMISSIONS, PAY_RECEIPTS];

    /// <summary>Gets all permission configurations.</summary>
    public IList<PermissionConfig> AllConfigs =>
    [
        new("Admin area. Sales commission: manage programs, assignments and entries", MANAGE_COMMISSIONS, nameof(StandardPermission.Orders), NopCustomerDefaults.AdministratorsRoleName),
        new("Admin area. Sales commission: approve and pay receipts, book expenses", PAY_RECEIPTS, nameof(StandardPermission.Orders), NopCustomerDefaults.AdministratorsRoleName),
        new("Admin area. Sales commission: view reports", VIEW_REPORTS, nameof(StandardPermission.Reports), NopCustomerDefaults.AdministratorsRoleName)
    ];
}
