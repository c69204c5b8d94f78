using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Services.Caching;

namespace Nop.Plugin.Misc.SalesCommission.Infrastructure;

/// <summary>Registers the plugin's services.</summary>
public class PluginNopStartup : INopStartup
{
    /// <summary>Adds the plugin's services to the container, each scoped to a request.</summary>
    /// <param name="services">Collection of service descriptors.</param>
    /// <param name="configuration">Configuration of the application.</param>
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICommissionSetupBuilder, CommissionSetupBuilder>();
        services.AddScoped<IListExport, ListExport>();
        services.AddScoped<ICommissionSetupCache, CommissionSetupCache>();
        services.AddScoped<IOrderSnapshotBuilder, OrderSnapshotBuilder>();
        services.AddScoped<ILedgerService, LedgerService>();
        services.AddScoped<LedgerHistoryQueries>();
        services.AddScoped<ILedgerHistory, LedgerHistory>();
        services.AddScoped<ILedgerLock, LedgerLockService>();
        services.AddScoped<ILedgerStore, LedgerStore>();
        services.AddScoped<IOrderCreditingStore, OrderCreditingStore>();
        services.AddScoped<IProgramVersionService, ProgramVersionService>();
        services.AddScoped<IOrderEventLog, OrderEventLog>();
        services.AddScoped<IMissedOrderService, MissedOrderService>();
        services.AddScoped<IRecalculationService, RecalculationService>();
        services.AddScoped<IRecalculationWriter, RecalculationWriter>();
        services.AddScoped<IPaidOrderBatchReader, PaidOrderBatchReader>();
        services.AddScoped<IRunPlanners, RunPlanners>();
        services.AddScoped<IReceiptService, ReceiptService>();
        services.AddScoped<IHoldPeriodService, HoldPeriodService>();
        services.AddScoped<IPeriodCloseService, PeriodCloseService>();
        services.AddScoped<IPeriodModelFactory, PeriodModelFactory>();
        services.AddScoped<IPayrollExportService, PayrollExportService>();
        services.AddScoped<IDisputeService, DisputeService>();
        services.AddScoped<IDisputeNotifier, DisputeNotifier>();
        services.AddScoped<IDisputeAccess, DisputeAccess>();
        services.AddScoped<IDisputeModelFactory, DisputeModelFactory>();
        services.AddScoped<DisputeMessageTemplateInstaller>();
        services.AddScoped<IExpenseService, ExpenseService>();
        services.AddScoped<ICreditedSaleService, CreditedSaleService>();
        services.AddScoped<ITargetService, TargetService>();
        services.AddScoped<ITargetModelFactory, TargetModelFactory>();
        services.AddScoped<IReportService, ReportService>();
        services.AddScoped<IReportTotalKeeper, ReportTotalKeeper>();
        services.AddScoped<IReportModelFactory, ReportModelFactory>();
        services.AddScoped<ILeaderboardService, LeaderboardService>();
        services.AddScoped<ILeaderboardModelFactory, LeaderboardModelFactory>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<IUserCalendar, UserCalendar>();
        services.AddScoped<IMoneyFormat, MoneyFormat>();
        services.AddScoped<IStaffService, StaffService>();
        services.AddScoped<IStaffModelFactory, StaffModelFactory>();
        services.AddScoped<IClientAssignmentService, ClientAssignmentService>();
        services.AddScoped<IClientAssignmentModelFactory, ClientAssignmentModelFactory>();
        services.AddScoped<IPartnerService, PartnerService>();
        services.AddScoped<IPartnerModelFactory, PartnerModelFactory>();
        services.AddScoped<IEntryService, EntryService>();
        services.AddScoped<IExplanationService, ExplanationService>();
        services.AddScoped<IOrderSellerService, OrderSellerService>();
        services.AddScoped<IEntryModelFactory, EntryModelFactory>();
        services.AddScoped<IReceiptModelFactory, ReceiptModelFactory>();
        services.AddScoped<IExpenseModelFactory, ExpenseModelFactory>();
        services.AddScoped<IRepStatementService, RepStatementService>();
        services.AddScoped<IRepStatementModelFactory, RepStatementModelFactory>();
        services.AddScoped<ReceiptPaidMessageTemplateInstaller>();
        services.AddScoped<LocaleResourceInstaller>();
        services.AddScoped<MessageTemplateLocalizer>();
        services.AddScoped<MessageTemplateInstaller>();
        services.AddScoped<IProgramService, ProgramService>();
        services.AddScoped<IProgramSimulationService, ProgramSimulationService>();
        services.AddScoped<IProgramModelFactory, ProgramModelFactory>();
        services.AddScoped<ICommissionJobService, CommissionJobService>();
        services.AddScoped<ICommissionJobRunner, CommissionJobRunner>();
        services.AddScoped<IJobModelFactory, JobModelFactory>();
        services.AddSingleton<CommissionJobQueue>();
        services.AddHostedService<CommissionJobHost>();
    }

    /// <summary>Configures the request pipeline; the plugin adds nothing to it.</summary>
    /// <param name="application">Builder for configuring an application's request pipeline.</param>
    public void Configure(IApplicationBuilder application)
    {
    }

    /// <summary>Gets the order of this startup configuration: after the host's own (plugins use 3000).</summary>
    public int Order => 3000;
}
