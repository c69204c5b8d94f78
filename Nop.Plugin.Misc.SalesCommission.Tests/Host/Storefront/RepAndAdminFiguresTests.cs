using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Components;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Dashboard;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Targets;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Security;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Storefront;

/// <summary>
/// The admin's pages and the rep's pages show the same figure for the same data: a target's attainment % (rounded once,
/// half away from zero, rules §7) and "this month" (an entry belongs to its order's paid date).
/// </summary>
[TestFixture]
public class RepAndAdminFiguresTests : PluginHostTest
{
    private static CommissionStoreData Data => new(ResolveService);

    private static UtcRange ThisMonth => UtcRange.PeriodContaining(LadderWindow.Month, DateTime.UtcNow);

    [Test]
    public async Task Admin_and_rep_show_the_same_attainment_percent_where_bankers_rounding_would_differ()
    {
        var rep = await Data.SalesRepAsync();
        var monthStart = ThisMonth.FromUtc!.Value;
        var target = new CommissionTarget { StaffCustomerId = rep.Id, PeriodId = (int)LadderWindow.Month, StartDateUtc = monthStart, Amount = 2000m };
        await Resolve<IRepository<CommissionTarget>>().InsertAsync(target);
        //245 of 2000 is 12.25%: half away from zero 12.3, banker's rounding 12.2
        await Resolve<IRepository<StaffCreditedSale>>().InsertAsync(
            new StaffCreditedSale { OrderId = 1, StaffCustomerId = rep.Id, PaidOnUtc = monthStart, NetSales = 245m });

        var adminRows = await Resolve<ITargetModelFactory>().PrepareTargetListModelAsync(new TargetSearchModel { Start = 0, Length = 1000 });
        var admin = adminRows.Data.Single(row => row.Id == target.Id).Percent;
        var visibility = await Resolve<IRepStatementService>().GetTeamVisibilityAsync();
        var repPage = await Resolve<IRepStatementModelFactory>().PrepareMyCommissionsModelAsync(rep.Id, rep.Id, visibility, 1);
        var repFigure = repPage.Targets.Single().Percent;

        Assert.Multiple(() =>
        {
            Assert.That(admin, Is.EqualTo(12.3m), "the admin's target list");
            Assert.That(repFigure, Is.EqualTo(12.3m), "the rep's My commissions page");
        });
    }

    [Test]
    public async Task Dashboard_and_rep_widget_count_this_month_by_the_order_paid_date_not_the_entry_date()
    {
        var rep = await Data.SalesRepAsync();
        var monthStart = ThisMonth.FromUtc!.Value;
        var entries = Resolve<IRepository<CommissionEntry>>();
        //both entries written now, as the ledger writes them (keeping the report totals); one order paid this month, the
        //other paid last month (a late payment taken in)
        await Resolve<IReportTotalKeeper>().KeepAsync([1, 2], async () =>
        {
            await entries.InsertAsync(EntryOf(rep.Id, orderId: 1, orderPaidOnUtc: monthStart, amount: 1_000_000m));
            await entries.InsertAsync(EntryOf(rep.Id, orderId: 2, orderPaidOnUtc: monthStart.AddDays(-1), amount: 250_000m));
        });

        var dashboard = await DashboardAsync();
        var repName = (await Resolve<IEntryService>().GetBeneficiaryNamesAsync([(BeneficiaryType.Staff, rep.Id)]))[(BeneficiaryType.Staff, rep.Id)];
        var dashboardFigure = dashboard.TopReps.Single(row => row.Name == repName).Commission;
        var widget = await Resolve<IRepStatementModelFactory>().PrepareRepWidgetModelAsync(rep.Id);
        var dashboardShown = await Resolve<IMoneyFormat>().FormatAsync(dashboardFigure);

        Assert.Multiple(() =>
        {
            Assert.That(dashboardFigure, Is.EqualTo(1_000_000m), "the admin dashboard's card");
            Assert.That(widget.ThisMonth.Pending, Is.EqualTo(dashboardShown), "the rep's widget");
        });
    }

    private static CommissionEntry EntryOf(int repId, int orderId, DateTime orderPaidOnUtc, decimal amount) => new()
    {
        OrderId = orderId,
        ProgramId = 1,
        BeneficiaryTypeId = (int)BeneficiaryType.Staff,
        BeneficiaryId = repId,
        KindId = (int)EntryKind.Direct,
        Sequence = 1,
        Base = amount,
        Amount = amount,
        Explanation = string.Empty,
        StatusId = (int)EntryStatus.Pending,
        StoreId = 1,
        ClientCustomerId = 1,
        OrderPaidOnUtc = orderPaidOnUtc,
        CreatedOnUtc = DateTime.UtcNow
    };

    /// <summary>The dashboard card's model as the admin home page renders it (for an admin allowed to view reports).</summary>
    private static async Task<CommissionDashboardModel> DashboardAsync()
    {
        var permissions = new Mock<IPermissionService>();
        permissions.Setup(service => service.AuthorizeAsync(It.IsAny<string>())).ReturnsAsync(true);
        var component = ActivatorUtilities.CreateInstance<CommissionDashboardViewComponent>(Store, permissions.Object);
        component.ViewComponentContext = new ViewComponentContext
        {
            ViewContext = new ViewContext { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) }
        };

        var result = (ViewViewComponentResult)await component.InvokeAsync(string.Empty, null!);
        return (CommissionDashboardModel)result.ViewData!.Model!;
    }
}
