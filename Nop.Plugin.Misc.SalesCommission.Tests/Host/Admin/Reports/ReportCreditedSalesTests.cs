using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Configuration;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Reports;

/// <summary>
/// Every report's "Credited sales" is the staff members' stored credited net sales: each order once however many
/// programs stack on it, a cancelled order left out.
/// </summary>
[TestFixture]
public class ReportCreditedSalesTests : PluginHostTest
{
    private const int StackedPrograms = 5;

    private static CommissionStoreData Data => new(ResolveService);

    private int _storeId;
    private int _rep;
    private int _manager;
    private int _client;
    private int _productId;
    private decimal _stored;
    private List<int> _programs = [];

    [OneTimeSetUp]
    public async Task TwoOrdersUnderFiveStackedProgramsOneCancelledAsync()
    {
        //a store of the test's own, so the month and product lines hold only these orders
        _storeId = Random.Shared.Next(100_000, 900_000);
        var (paid, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        _rep = rep;
        _client = paid.CustomerId;
        _programs = Resolve<IRepository<ProgramBeneficiary>>().Table.Where(beneficiary => beneficiary.BeneficiaryId == rep).Select(beneficiary => beneficiary.ProgramId).ToList();
        for (var rate = 1; rate < StackedPrograms; rate++)
            _programs.Add(await Data.ProgramForAsync(rep, rate));
        _manager = await Data.ManagerOfAsync(rep);

        var orderService = Resolve<IOrderService>();
        paid.StoreId = _storeId;
        await orderService.UpdateOrderAsync(paid);
        var cancelled = await Data.AnotherOrderAsync(paid);
        _productId = (await Resolve<IRepository<Nop.Core.Domain.Catalog.Product>>().Table.FirstAsync()).Id;
        foreach (var order in new[] { paid, cancelled })
        {
            await orderService.InsertOrderItemAsync(new OrderItem
            {
                OrderItemGuid = Guid.NewGuid(), OrderId = order.Id, ProductId = _productId, Quantity = 1,
                UnitPriceExclTax = order.OrderSubtotalExclTax, PriceExclTax = order.OrderSubtotalExclTax,
                UnitPriceInclTax = order.OrderSubtotalInclTax, PriceInclTax = order.OrderSubtotalInclTax
            });
        }

        //every matching program pays (the store's stacking setting), only while these orders are paid
        var settingService = Resolve<ISettingService>();
        var settings = await settingService.LoadSettingAsync<SalesCommissionSettings>();
        var stacking = settings.StackingPolicyId;
        settings.StackingPolicyId = (int)StackingPolicy.All;
        await settingService.SaveSettingAsync(settings);
        try
        {
            var processing = Resolve<IOrderProcessingService>();
            await processing.MarkOrderAsPaidAsync(paid);
            await processing.MarkOrderAsPaidAsync(cancelled);
            await processing.CancelOrderAsync(cancelled, false);
        }
        finally
        {
            settings.StackingPolicyId = stacking;
            await settingService.SaveSettingAsync(settings);
        }

        var credited = Resolve<IRepository<StaffCreditedSale>>().Table;
        Assert.That(credited.Count(sale => sale.OrderId == cancelled.Id), Is.EqualTo(1), "the cancelled order's credited sale stays stored (targets count it)");
        Assert.That(Resolve<IRepository<CommissionEntry>>().Table.Count(entry => entry.OrderId == paid.Id && entry.KindId == (int)EntryKind.Direct),
            Is.EqualTo(StackedPrograms), "each stacked program pays the order once");
        _stored = Money.Round(credited.Where(sale => sale.OrderId == paid.Id).Sum(sale => sale.NetSales));
        Assert.That(_stored, Is.GreaterThan(0m));
    }

    private static async Task<IList<ReportRow>> ReportAsync(ReportGrouping grouping, int storeId) =>
        await Resolve<IReportService>().GetReportAsync(grouping, null, null, storeId);

    [Test]
    public async Task The_rep_report_shows_the_reps_stored_credited_sales_once_not_once_per_program()
    {
        var row = (await ReportAsync(ReportGrouping.Rep, _storeId)).Single(line => line.Key == _rep && line.BeneficiaryTypeId == (int)BeneficiaryType.Staff);

        Assert.That(row.Sales, Is.EqualTo(_stored));
    }

    [Test]
    public async Task The_team_report_shows_the_teams_stored_credited_sales()
    {
        var row = (await ReportAsync(ReportGrouping.Team, _storeId)).Single(line => line.Key == _manager);

        Assert.That(row.Sales, Is.EqualTo(_stored));
    }

    [Test]
    public async Task The_client_report_shows_the_clients_stored_credited_sales()
    {
        var row = (await ReportAsync(ReportGrouping.Client, _storeId)).Single(line => line.Key == _client);

        Assert.That(row.Sales, Is.EqualTo(_stored));
    }

    [Test]
    public async Task The_month_report_shows_the_stored_credited_sales_without_the_cancelled_order()
    {
        var rows = await ReportAsync(ReportGrouping.Month, _storeId);

        Assert.That(rows.Select(line => line.Sales), Is.EqualTo(new decimal?[] { _stored }));
    }

    [Test]
    public async Task The_product_report_spreads_the_stored_credited_sales_over_the_order_lines()
    {
        var rows = await ReportAsync(ReportGrouping.Product, _storeId);

        Assert.That(rows.Select(line => (line.Key, line.Sales)), Is.EqualTo(new[] { (_productId, (decimal?)_stored) }));
    }

    [Test]
    public async Task Each_stacked_program_shows_the_credited_sales_it_paid_on()
    {
        var rows = await ReportAsync(ReportGrouping.Program, _storeId);

        Assert.That(rows.Select(line => line.Key), Is.EquivalentTo(_programs));
        Assert.That(rows.Select(line => line.Sales), Is.All.EqualTo(_stored));
    }
}
