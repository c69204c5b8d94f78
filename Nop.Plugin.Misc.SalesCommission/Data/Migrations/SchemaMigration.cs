using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Data.Mapping;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// Creates the plugin's tables and indexes. A table or index that already exists is left as it is, so a reinstall
/// after an uninstall that kept the data picks the data up again. The tables are dropped on uninstall only when
/// the store asked for it (<see cref="SalesCommissionSettings.DeleteDataOnUninstall"/>).
/// </summary>
[NopMigration("2025/11/22 10:00:00:0000000", "Nop.Plugin.Misc.SalesCommission schema", MigrationProcessType.Installation)]
public class SchemaMigration : SalesCommissionMigration
{
    #region Utilities

    /// <summary>The unique key of period credits (it names the rule target since version 1.1.0).</summary>
    internal const string PeriodCreditKeyIndex = "UX_SalesCommission_PeriodCredit_TargetKey";

    /// <summary>The columns of <see cref="PeriodCreditKeyIndex"/>.</summary>
    internal static readonly string[] PeriodCreditKeyColumns =
    [
        nameof(PeriodCredit.OrderId), nameof(PeriodCredit.ProgramId), nameof(PeriodCredit.BeneficiaryTypeId),
        nameof(PeriodCredit.BeneficiaryId), nameof(PeriodCredit.PeriodStartUtc), nameof(PeriodCredit.Target)
    ];

    /// <summary>Disputes are listed by status and staff member, and counted by status and month.</summary>
    internal const string DisputeStatusIndex = "IX_SalesCommission_Dispute_Status";

    /// <summary>The columns of <see cref="DisputeStatusIndex"/>.</summary>
    internal static readonly string[] DisputeStatusColumns =
        [nameof(CommissionDispute.StatusId), nameof(CommissionDispute.MonthStartUtc), nameof(CommissionDispute.StaffCustomerId)];

    /// <summary>One row per closed month.</summary>
    internal const string ClosedPeriodMonthIndex = "UX_SalesCommission_ClosedPeriod_Month";

    /// <summary>The index that finds the jobs of a kind in a status (one of a kind at a time).</summary>
    internal const string JobKindIndex = "IX_SalesCommission_CommissionJob_Kind_Status";

    /// <summary>The columns of <see cref="JobKindIndex"/>.</summary>
    internal static readonly string[] JobKindColumns = [nameof(CommissionJob.KindId), nameof(CommissionJob.StatusId)];

    /// <summary>
    /// The plugin's tables, each parent before its children
    /// </summary>
    private static readonly Type[] _tablesParentsFirst =
    [
        typeof(CommissionProgram),
        typeof(ProgramProductLadder),
        typeof(ProgramBand),
        typeof(ProgramProductRule),
        typeof(ProgramQuantityRule),
        typeof(ProgramScopeItem),
        typeof(ProgramBeneficiary),
        typeof(ProgramOverrideLevel),
        typeof(StaffProfile),
        typeof(CommissionPartner),
        typeof(PartnerClient),
        typeof(ClientAssignment),
        typeof(ClientGroupAssignment),
        typeof(OrderSellerAssignment),
        typeof(CommissionEntry),
        typeof(PeriodCredit),
        typeof(OrderEventRecord),
        typeof(CommissionReceipt),
        typeof(ReceiptLine),
        typeof(CommissionExpense),
        typeof(CommissionTarget),
        typeof(RecalculationRun),
        typeof(StaffCreditedSale),
        typeof(LedgerLock),
        typeof(OrderCrediting),
        typeof(OrderCreditingShare),
        typeof(ProgramTermsVersion),
        typeof(ClosedPeriod),
        typeof(CommissionDispute),
        typeof(DisputeMessage),
        typeof(CommissionJob),
        typeof(ReportTotal)
    ];

    /// <summary>
    /// Reads whether the uninstall asked to delete the data, and removes the request.
    /// </summary>
    /// <remarks>
    /// The host runs the plugin's UninstallAsync before this migration's Down; UninstallAsync deletes the settings
    /// and leaves this one flag behind when it is on, for Down to read.
    /// </remarks>
    /// <returns>True when the plugin's tables are to be dropped</returns>
    private static bool TakeDeleteDataRequest()
    {
        //resolved here rather than injected: the host creates migrations during installation too, before services are ready
        var settingService = EngineContext.Current.Resolve<ISettingService>();
        var key = settingService.GetSettingKey(new SalesCommissionSettings(), settings => settings.DeleteDataOnUninstall);
        var setting = settingService.GetSetting(key);
        if (setting is null)
            return false;

        settingService.DeleteSetting(setting);

        return bool.TryParse(setting.Value, out var deleteData) && deleteData;
    }

    /// <summary>
    /// The tables and indexes of history kept (version 1.2.0): stored crediting and program versions; shared with
    /// <see cref="HistoryKeptMigration"/> so a fresh install and an upgrade get the same.
    /// </summary>
    /// <param name="migration">The migration creating them.</param>
    internal static void CreateHistoryTables(SalesCommissionMigration migration)
    {
        migration.CreateTableIfMissing<OrderCrediting>();
        migration.CreateTableIfMissing<OrderCreditingShare>();
        migration.CreateTableIfMissing<ProgramTermsVersion>();

        //one crediting per order: a racing second write is refused by the database
        migration.CreateIndexIfMissing<OrderCrediting>("UX_SalesCommission_OrderCrediting_OrderId", true, nameof(OrderCrediting.OrderId));
        migration.CreateIndexIfMissing<OrderCreditingShare>("IX_SalesCommission_OrderCreditingShare_OrderId", false,
            nameof(OrderCreditingShare.OrderId));
    }

    /// <summary>
    /// The ledger added up by day for reports (version 1.3.0); shared with <see cref="ReportTotalMigration"/> so a fresh
    /// install and an upgrade get the same.
    /// </summary>
    /// <param name="migration">The migration creating it.</param>
    internal static void CreateReportTotalTable(SalesCommissionMigration migration)
    {
        migration.CreateTableIfMissing<ReportTotal>();

        //a report reads one grouping over a range of days, of one store or all
        migration.CreateIndexIfMissing<ReportTotal>("IX_SalesCommission_ReportTotal_Day", false,
            nameof(ReportTotal.GroupingId), nameof(ReportTotal.DayUtc), nameof(ReportTotal.StoreId));
    }

    #endregion

    #region Methods

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        CreateTableIfMissing<CommissionProgram>();
        CreateTableIfMissing<ProgramProductLadder>();
        CreateTableIfMissing<ProgramBand>();
        CreateTableIfMissing<ProgramProductRule>();
        CreateTableIfMissing<ProgramQuantityRule>();
        CreateTableIfMissing<ProgramScopeItem>();
        CreateTableIfMissing<ProgramBeneficiary>();
        CreateTableIfMissing<ProgramOverrideLevel>();
        CreateTableIfMissing<StaffProfile>();
        CreateTableIfMissing<CommissionPartner>();
        CreateTableIfMissing<PartnerClient>();
        CreateTableIfMissing<ClientAssignment>();
        CreateTableIfMissing<ClientGroupAssignment>();
        CreateTableIfMissing<OrderSellerAssignment>();
        CreateTableIfMissing<CommissionEntry>();
        CreateTableIfMissing<PeriodCredit>();
        CreateTableIfMissing<OrderEventRecord>();
        CreateTableIfMissing<CommissionReceipt>();
        CreateTableIfMissing<ReceiptLine>();
        CreateTableIfMissing<CommissionExpense>();
        CreateTableIfMissing<CommissionTarget>();
        CreateTableIfMissing<RecalculationRun>();
        CreateTableIfMissing<StaffCreditedSale>();
        CreateTableIfMissing<LedgerLock>();
        CreateHistoryTables(this);
        CreateTableIfMissing<ClosedPeriod>();
        CreateTableIfMissing<CommissionDispute>();
        CreateTableIfMissing<DisputeMessage>();
        CreateTableIfMissing<CommissionJob>();
        CreateReportTotalTable(this);
        CreateIndexIfMissing<CommissionJob>(JobKindIndex, false, JobKindColumns);

        //one entry per order, program, beneficiary, kind, level and sequence: a redelivered event cannot pay twice
        CreateIndexIfMissing<CommissionEntry>("IX_SalesCommission_Entry_Key", true,
            nameof(CommissionEntry.OrderId), nameof(CommissionEntry.ProgramId), nameof(CommissionEntry.BeneficiaryTypeId),
            nameof(CommissionEntry.BeneficiaryId), nameof(CommissionEntry.KindId), nameof(CommissionEntry.Level),
            nameof(CommissionEntry.Sequence));
        CreateIndexIfMissing<CommissionEntry>("IX_SalesCommission_Entry_Beneficiary_PaidOn", false,
            nameof(CommissionEntry.BeneficiaryTypeId), nameof(CommissionEntry.BeneficiaryId), nameof(CommissionEntry.OrderPaidOnUtc));
        CreateIndexIfMissing<CommissionEntry>("IX_SalesCommission_Entry_Program_PaidOn", false,
            nameof(CommissionEntry.ProgramId), nameof(CommissionEntry.OrderPaidOnUtc));
        //reports add up a paid-date range by beneficiary, program, client, store or month: every column they read is in
        //this index, so they are answered from it alone (see docs/performance.md)
        CreateIndexIfMissing<CommissionEntry>("IX_SalesCommission_Entry_PaidOn_Report", false,
            nameof(CommissionEntry.OrderPaidOnUtc), nameof(CommissionEntry.BeneficiaryTypeId), nameof(CommissionEntry.BeneficiaryId),
            nameof(CommissionEntry.ProgramId), nameof(CommissionEntry.ClientCustomerId), nameof(CommissionEntry.StoreId),
            nameof(CommissionEntry.KindId), nameof(CommissionEntry.StatusId), nameof(CommissionEntry.Amount), nameof(CommissionEntry.Base));
        CreateIndexIfMissing<CommissionEntry>("IX_SalesCommission_Entry_OrderId", false,
            nameof(CommissionEntry.OrderId));
        CreateIndexIfMissing<CommissionEntry>("IX_SalesCommission_Entry_Status_Beneficiary", false,
            nameof(CommissionEntry.StatusId), nameof(CommissionEntry.BeneficiaryTypeId), nameof(CommissionEntry.BeneficiaryId));

        CreateIndexIfMissing<PeriodCredit>("IX_SalesCommission_PeriodCredit_Period", false,
            nameof(PeriodCredit.ProgramId), nameof(PeriodCredit.BeneficiaryTypeId), nameof(PeriodCredit.BeneficiaryId),
            nameof(PeriodCredit.PeriodStartUtc));
        CreateIndexIfMissing<PeriodCredit>("IX_SalesCommission_PeriodCredit_OrderId", false,
            nameof(PeriodCredit.OrderId));
        //one credit per order, program, beneficiary, period and rule target: a racing second delivery is refused by the database
        //(tables kept from a version before 1.1.0 get the column and this index from the 1.1.0 update migration)
        if (!ColumnMissing<PeriodCredit>(nameof(PeriodCredit.Target)))
            CreateIndexIfMissing<PeriodCredit>(PeriodCreditKeyIndex, true, PeriodCreditKeyColumns);

        CreateIndexIfMissing<OrderEventRecord>("IX_SalesCommission_OrderEvent_StatusId", false,
            nameof(OrderEventRecord.StatusId));
        CreateIndexIfMissing<OrderEventRecord>("IX_SalesCommission_OrderEvent_OrderId", false,
            nameof(OrderEventRecord.OrderId));

        //a paid receipt is booked as an expense at most once
        CreateIndexIfMissing<CommissionExpense>("IX_SalesCommission_Expense_ReceiptId", true,
            nameof(CommissionExpense.ReceiptId));

        //one credited share per order and staff member; attainment sums a staff member's shares over a period
        CreateIndexIfMissing<StaffCreditedSale>("UX_SalesCommission_CreditedSale_Key", true,
            nameof(StaffCreditedSale.OrderId), nameof(StaffCreditedSale.StaffCustomerId));
        CreateIndexIfMissing<StaffCreditedSale>("IX_SalesCommission_CreditedSale_Staff_PaidOn", false,
            nameof(StaffCreditedSale.StaffCustomerId), nameof(StaffCreditedSale.PaidOnUtc));

        CreateIndexIfMissing<StaffProfile>("IX_SalesCommission_StaffProfile_CustomerId", true,
            nameof(StaffProfile.CustomerId));

        CreateIndexIfMissing<ClosedPeriod>(ClosedPeriodMonthIndex, true, nameof(ClosedPeriod.MonthStartUtc));
        CreateIndexIfMissing<CommissionDispute>(DisputeStatusIndex, false, DisputeStatusColumns);
    }

    /// <summary>
    /// Collects the DOWN migration expressions: the host runs it on uninstall. The tables and their rows stay
    /// unless the store asked to delete the data on uninstall.
    /// </summary>
    public override void Down()
    {
        if (!DataSettingsManager.IsDatabaseInstalled() || !TakeDeleteDataRequest())
            return;

        foreach (var tableName in _tablesParentsFirst.Reverse().Select(NameCompatibilityManager.GetTableName))
        {
            if (Schema.Table(tableName).Exists())
                Delete.Table(tableName);
        }
    }

    #endregion
}
