using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Configuration;
using Nop.Core.Events;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Reports;

/// <summary>
/// The report totals the ledger keeps give every report exactly what the entries and credited sales themselves add up
/// to, over a ledger of stacked programs, a partial refund, a cancelled order, a drafted receipt and an order paid the
/// day before and a recalculation, for ranges of whole days, ranges cut inside a day and both together.
/// </summary>
[TestFixture]
public class ReportTotalTests : PluginHostTest
{
    private static CommissionStoreData Data => new(ResolveService);

    private int _storeId;
    private DateTime _today;
    private DateTime _cut;

    private static async Task AddLinesAsync(Order order, params (int ProductId, decimal Share)[] lines)
    {
        foreach (var (productId, share) in lines)
        {
            var price = Math.Round(order.OrderSubtotalExclTax * share, 4);
            await Resolve<IOrderService>().InsertOrderItemAsync(new OrderItem
            {
                OrderItemGuid = Guid.NewGuid(), OrderId = order.Id, ProductId = productId, Quantity = 1,
                UnitPriceExclTax = price, PriceExclTax = price, UnitPriceInclTax = price, PriceInclTax = price
            });
        }
    }

    [OneTimeSetUp]
    public async Task AVariedLedgerInAStoreOfItsOwnAsync()
    {
        _storeId = Random.Shared.Next(100_000, 900_000);
        _today = DateTime.UtcNow.Date;
        var products = Resolve<IRepository<Nop.Core.Domain.Catalog.Product>>().Table.OrderBy(product => product.Id).Select(product => product.Id).Take(3).ToList();
        var orderService = Resolve<IOrderService>();
        var processing = Resolve<IOrderProcessingService>();

        var settingService = Resolve<ISettingService>();
        var settings = await settingService.LoadSettingAsync<SalesCommissionSettings>();
        var stacking = settings.StackingPolicyId;
        settings.StackingPolicyId = (int)StackingPolicy.All;
        await settingService.SaveSettingAsync(settings);
        try
        {
            //two reps, one with three stacked programs and a manager; orders with lines of a third and two thirds
            var (first, rep) = await Data.UnpaidOrderWithRepAsync(10m);
            var stacked = await Data.ProgramForAsync(rep, 3m);
            await Data.ProgramForAsync(rep, 7m);
            await Data.ManagerOfAsync(rep);
            var (other, _) = await Data.UnpaidOrderWithRepAsync(4m);
            var second = await Data.AnotherOrderAsync(first);
            var refunded = await Data.AnotherOrderAsync(first);
            var cancelled = await Data.AnotherOrderAsync(other);
            var moved = await Data.AnotherOrderAsync(first);
            var orders = new[] { first, other, second, refunded, cancelled, moved };
            foreach (var order in orders)
            {
                order.StoreId = _storeId;
                await orderService.UpdateOrderAsync(order);
                await AddLinesAsync(order, (products[0], 1m / 3m), (products[order.Id % 2 + 1], 1m - Math.Round(1m / 3m, 4)));
            }

            foreach (var order in orders.Take(3))
                await processing.MarkOrderAsPaidAsync(order);
            await Task.Delay(50);
            _cut = DateTime.UtcNow;
            await Task.Delay(50);
            foreach (var order in orders.Skip(3).Take(2))
                await processing.MarkOrderAsPaidAsync(order);

            //an order a payment module reports paid the day before at 18:00
            moved.PaymentStatus = Nop.Core.Domain.Payments.PaymentStatus.Paid;
            moved.PaidDateUtc = _today.AddHours(-6);
            await orderService.UpdateOrderAsync(moved);
            await Resolve<IEventPublisher>().PublishAsync(new OrderPaidEvent(moved));

            await processing.PartiallyRefundOfflineAsync(refunded, Math.Round(refunded.OrderTotal / 3, 2));
            await processing.CancelOrderAsync(cancelled, false);
            await Resolve<IReceiptService>().CreateDraftsAsync(DateTime.UtcNow.AddMinutes(1), BeneficiaryType.Staff, rep);

            //a recalculation at a new rate, of an order of each day
            var programs = Resolve<IRepository<CommissionProgram>>();
            var program = await programs.GetByIdAsync(stacked);
            program.Rate = 5m;
            await programs.UpdateAsync(program);
            await Resolve<IRecalculationService>().ApplyAsync(null, null, [moved.Id, second.Id]);
        }
        finally
        {
            settings.StackingPolicyId = stacking;
            await settingService.SaveSettingAsync(settings);
        }

        var entries = Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.StoreId == _storeId).ToList();
        Assert.That(entries.Select(entry => entry.OrderPaidOnUtc.Date).Distinct().Count(), Is.EqualTo(2), "the ledger spans two days");
        Assert.That(entries.Select(entry => entry.KindId).Distinct().Count(), Is.GreaterThanOrEqualTo(3), "direct, clawback and reversal entries");
    }

    private static IEnumerable<ReportGrouping> Groupings => [ReportGrouping.Rep, ReportGrouping.Program, ReportGrouping.Client, ReportGrouping.Product, ReportGrouping.Month];

    private IEnumerable<(string Name, DateTime? From, DateTime? To)> Ranges =>
    [
        ("everything", null, null),
        ("the two whole days", _today.AddDays(-1), _today.AddDays(1)),
        ("from noon the day before: a part-day, then a whole day", _today.AddHours(-12), null),
        ("up to the cut: a whole day, then a part-day", null, _cut),
        ("from the cut to the end of the day", _cut, _today.AddDays(1)),
        ("inside one day", _today.AddHours(-7), _today.AddHours(-5)),
        ("from noon the day before to the cut", _today.AddHours(-12), _cut)
    ];

    private static IEnumerable<(int, int, decimal, decimal?, int)> Sorted(IEnumerable<ReportRow> rows) =>
        rows.OrderBy(row => row.BeneficiaryTypeId).ThenBy(row => row.Key)
            .Select(row => (row.Key, row.BeneficiaryTypeId, row.Commission, row.Sales, row.Entries));

    [Test]
    public async Task Every_report_read_from_the_totals_equals_the_report_added_up_from_the_ledger()
    {
        var reports = (ReportService)Resolve<IReportService>();
        var compared = 0;
        foreach (var grouping in Groupings)
        {
            foreach (var (name, from, to) in Ranges)
            {
                var fromTotals = await reports.GetReportAsync(grouping, from, to, _storeId);
                var fromLedger = await reports.GetLedgerReportAsync(grouping, from, to, _storeId);

                Assert.That(Sorted(fromTotals), Is.EqualTo(Sorted(fromLedger)), $"{grouping}, {name}");
                compared += fromLedger.Count;
            }
        }

        Assert.That(compared, Is.GreaterThan(40), "the reports have lines to compare");
    }

    [Test]
    public async Task The_cancelled_orders_sales_are_left_out_of_the_totals_but_its_entries_stay()
    {
        var reports = Resolve<IReportService>();
        var months = await reports.GetReportAsync(ReportGrouping.Month, null, null, _storeId);
        var stored = Resolve<IRepository<StaffCreditedSale>>().Table
            .Where(sale => Resolve<IRepository<Order>>().Table.Any(order => order.Id == sale.OrderId && order.StoreId == _storeId))
            .Sum(sale => sale.NetSales);

        Assert.That(months.Sum(row => row.Sales), Is.LessThan(stored), "a cancelled order's credited sale stays stored");
        Assert.That(months.Sum(row => row.Entries), Is.EqualTo(Resolve<IRepository<CommissionEntry>>().Table.Count(entry => entry.StoreId == _storeId)));
    }

    [Test]
    public async Task Rebuilding_the_totals_from_the_ledger_gives_the_totals_the_ledger_kept()
    {
        var totals = Resolve<IRepository<ReportTotal>>();
        IList<(DateTime, int, int, int, int, decimal, int, decimal, int)> Ours() => totals.Table
            .Where(total => total.StoreId == _storeId).ToList()
            .Select(total => (total.DayUtc, total.StoreId, total.GroupingId, total.BeneficiaryTypeId, total.ItemId,
                Math.Round(total.Commission, 10), total.Entries, Math.Round(total.Sales, 10), total.SaleRows))
            .OrderBy(total => total).ToList();
        var kept = Ours();

        await ReportTotalRebuild.RunAsync(Resolve<INopDataProvider>());

        Assert.That(kept, Has.Count.GreaterThan(10));
        Assert.That(Ours(), Is.EqualTo(kept));
    }
}
