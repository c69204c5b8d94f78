using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Orders;
using NUnit.Framework;
using ProgramRow = Nop.Plugin.Misc.SalesCommission.Domain.CommissionProgram;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>
/// A run over a range of paid dates reads its orders in batches and keeps the history in memory; chosen orders are
/// planned on the history read from the store order by order. Both must find exactly the same thing.
/// </summary>
[TestFixture]
public class BatchedRunTests : PluginHostTest
{
    /// <summary>A month of its own, far from the orders other tests pay today.</summary>
    private static readonly DateTime January = new(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static CommissionStoreData Data => new(ResolveService);

    private static async Task<List<Order>> PayCopiesAsync(Order template, params DateTime[] paidAt)
    {
        var orders = new List<Order>();
        foreach (var at in paidAt)
        {
            var order = new Order
            {
                OrderGuid = Guid.NewGuid(), CustomOrderNumber = string.Empty, StoreId = template.StoreId, CustomerId = template.CustomerId,
                BillingAddressId = template.BillingAddressId, CustomerLanguageId = template.CustomerLanguageId,
                CustomerCurrencyCode = template.CustomerCurrencyCode, CurrencyRate = 1m, CustomerTaxDisplayType = template.CustomerTaxDisplayType,
                OrderSubtotalInclTax = template.OrderSubtotalInclTax, OrderSubtotalExclTax = template.OrderSubtotalExclTax,
                OrderTax = template.OrderTax, OrderTotal = template.OrderTotal, PaymentMethodSystemName = template.PaymentMethodSystemName,
                OrderStatus = OrderStatus.Complete, PaymentStatus = PaymentStatus.Paid, PaidDateUtc = at,
                ShippingStatus = template.ShippingStatus, CreatedOnUtc = at
            };
            //paid without the event: the runs below write their ledger
            await Resolve<IRepository<Order>>().InsertAsync(order, false);
            orders.Add(order);
        }

        return orders;
    }

    private static async Task<ProgramRow> ProgramOfAsync(int rep)
    {
        var programId = Resolve<IRepository<ProgramBeneficiary>>().Table.Single(payee => payee.BeneficiaryId == rep).ProgramId;
        return await Resolve<IRepository<ProgramRow>>().GetByIdAsync(programId);
    }

    /// <summary>A rep on a monthly marginal ladder whose band changes after the first order of a month.</summary>
    private static async Task<Order> MonthlyLadderRepAsync()
    {
        var (order, rep) = await Data.UnpaidOrderWithRepAsync(2m);
        var program = await ProgramOfAsync(rep);
        program.ProgramTypeId = (int)ProgramType.Ladder;
        program.LadderModeId = (int)LadderMode.Marginal;
        program.LadderWindowId = (int)LadderWindow.Month;
        program.Rate = null;
        await Resolve<IRepository<ProgramRow>>().UpdateAsync(program);
        var threshold = Math.Round(order.OrderTotal * 1.5m, 2);
        await Resolve<IRepository<ProgramBand>>().InsertAsync(
        [
            new ProgramBand { ProgramId = program.Id, From = 0m, To = threshold, Rate = 2m, DisplayOrder = 0 },
            new ProgramBand { ProgramId = program.Id, From = threshold, Rate = 5m, DisplayOrder = 1 }
        ]);
        return order;
    }

    /// <summary>A rep paid 10% on each client's first three orders and 1% after.</summary>
    private static async Task<Order> FirstOrdersRepAsync()
    {
        var (order, rep) = await Data.UnpaidOrderWithRepAsync(1m);
        var program = await ProgramOfAsync(rep);
        program.ProgramTypeId = (int)ProgramType.FirstOrder;
        program.FirstOrderCount = 3;
        program.FirstOrderRate = 10m;
        await Resolve<IRepository<ProgramRow>>().UpdateAsync(program);
        return order;
    }

    private static RecalculationService InBatchesOf(int size)
    {
        var service = ActivatorUtilities.CreateInstance<RecalculationService>(Store);
        service.BatchSize = size;
        return service;
    }

    private static IEnumerable<(string, EntryGroup, decimal, decimal)> Rows(IEnumerable<RecalculationDifference> differences) =>
        differences.Select(difference => (difference.OrderId, difference.Group, difference.Current, difference.Recalculated));

    [Test]
    public async Task A_range_recalculated_in_batches_finds_the_same_differences_as_order_by_order_across_a_month_and_batch_boundaries()
    {
        var ladder = await MonthlyLadderRepAsync();
        var firsts = await FirstOrdersRepAsync();
        //written before the range: the ladder's January total and the client's first order carry into the range
        var before = (await PayCopiesAsync(ladder, January.AddDays(9))).Concat(await PayCopiesAsync(firsts, January.AddDays(10))).ToList();
        await InBatchesOf(1000).ApplyAsync(null, null, before.Select(order => order.Id).ToList());

        var from = January.AddDays(20);
        var to = January.AddMonths(2);
        var inRange = (await PayCopiesAsync(ladder, January.AddDays(25), January.AddDays(30).AddHours(23), January.AddMonths(1), January.AddMonths(1).AddDays(3)))
            .Concat(await PayCopiesAsync(firsts, January.AddDays(21), January.AddDays(22), January.AddDays(26), January.AddMonths(1).AddDays(1)))
            .Select(order => order.Id)
            .ToList();

        var orderByOrder = await InBatchesOf(1000).PreviewAsync(null, null, inRange);
        var batched = await InBatchesOf(2).PreviewAsync(from, to);
        var applied = await InBatchesOf(3).ApplyAsync(from, to);

        Assert.Multiple(() =>
        {
            Assert.That(orderByOrder.Select(difference => difference.OrderId).Distinct().Count(), Is.EqualTo(inRange.Count),
                "every order of the range has entries to add");
            Assert.That(Rows(batched), Is.EqualTo(Rows(orderByOrder)));
            Assert.That(Rows(applied), Is.EqualTo(Rows(orderByOrder)));
        });
        Assert.That(await InBatchesOf(1000).PreviewAsync(null, null, inRange), Is.Empty, "the ledger now holds what order by order finds");
    }

    [Test]
    public async Task A_range_in_batches_keeps_each_orders_stored_crediting_or_credits_again_as_order_by_order_does()
    {
        //paid through the event, so its crediting is stored; then its client is given to another rep
        var (order, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        var (_, otherRep) = await Data.UnpaidOrderWithRepAsync(15m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var paidAt = January.AddMonths(9);
        order.PaidDateUtc = paidAt;
        await Resolve<IRepository<Order>>().UpdateAsync(order, false);
        var owners = Resolve<IRepository<ClientAssignment>>();
        await owners.DeleteAsync(owner => owner.CustomerId == order.CustomerId);
        await owners.InsertAsync(new ClientAssignment { CustomerId = order.CustomerId, StaffCustomerId = otherRep, Split = 100m });

        var kept = await InBatchesOf(2).PreviewAsync(paidAt, paidAt.AddDays(1));
        var keptOrderByOrder = await InBatchesOf(1000).PreviewAsync(null, null, [order.Id]);
        var again = await InBatchesOf(2).PreviewAsync(paidAt, paidAt.AddDays(1), creditAgain: true);
        var againOrderByOrder = await InBatchesOf(1000).PreviewAsync(null, null, [order.Id], creditAgain: true);

        Assert.Multiple(() =>
        {
            Assert.That((kept.Count, keptOrderByOrder.Count), Is.EqualTo((0, 0)), "the stored crediting is kept");
            Assert.That(again.Select(difference => difference.Group.BeneficiaryId),
                Is.EquivalentTo(new[] { rep.ToString(), otherRep.ToString() }), "credited again, the commission moves");
            Assert.That(Rows(again), Is.EqualTo(Rows(againOrderByOrder)));
        });
    }

    [Test]
    public async Task A_closed_months_orders_recalculated_in_batches_are_corrected_in_the_next_open_month_as_order_by_order()
    {
        //a past month of its own: closed months are kept for the whole store
        var june = new DateTime(2020, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var (template, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        var orders = await PayCopiesAsync(template, june.AddDays(3), june.AddDays(10), june.AddDays(20));
        var ids = orders.Select(order => order.Id).ToList();
        await InBatchesOf(1000).ApplyAsync(null, null, ids);
        Assert.That(await Resolve<IPeriodCloseService>().CloseAsync(DateOnly.FromDateTime(june), 1), Is.Null);
        var program = await ProgramOfAsync(rep);
        program.Rate *= 2;
        await Resolve<IRepository<ProgramRow>>().UpdateAsync(program);

        var orderByOrder = await InBatchesOf(1000).PreviewAsync(null, null, ids);
        var applied = await InBatchesOf(2).ApplyAsync(june, june.AddMonths(1));

        var adjustments = Resolve<IRepository<CommissionEntry>>().Table
            .Where(entry => ids.Contains(entry.OrderId) && entry.KindId == (int)EntryKind.Adjustment)
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Rows(applied), Is.EqualTo(Rows(orderByOrder)));
            Assert.That(orderByOrder.Select(difference => difference.OrderId).Distinct().Count(), Is.EqualTo(ids.Count));
            Assert.That(adjustments.Select(entry => (entry.OrderPaidOnUtc, entry.CorrectsMonthUtc)).Distinct(),
                Is.EqualTo(new[] { (june.AddMonths(1), (DateTime?)june) }), "posted into July, correcting June");
            Assert.That(adjustments, Has.Count.EqualTo(ids.Count));
        });
    }

    [Test]
    public async Task A_clients_first_orders_are_ranked_across_batches_from_the_orders_before_the_range()
    {
        var firsts = await FirstOrdersRepAsync();
        var from = January.AddMonths(6);
        await PayCopiesAsync(firsts, from.AddDays(-3));
        var inRange = await PayCopiesAsync(firsts, from.AddDays(1), from.AddDays(2), from.AddDays(3), from.AddDays(4));

        var applied = await InBatchesOf(1).ApplyAsync(from, from.AddMonths(1));

        var rates = applied.Where(difference => difference.Group.Level == 0)
            .Select(difference => Math.Round(difference.Recalculated / inRange[0].OrderTotal * 100m))
            .ToList();
        Assert.That(rates, Is.EqualTo(new[] { 10m, 10m, 1m, 1m }), "orders 2 and 3 of the client are first orders, 4 and 5 are not");
    }

    [Test]
    public async Task Drafting_marks_every_entry_of_a_receipt_and_its_lines_add_up_to_its_total()
    {
        var (order, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        //paid in the past: an entry of an order paid after the drafting time is still on hold and is not drafted
        var earlier = DateTime.UtcNow.Date.AddYears(-7);
        await PayCopiesAsync(order, earlier.AddDays(1), earlier.AddDays(2));
        await InBatchesOf(1000).ApplyAsync(earlier.AddDays(1), earlier.AddDays(3));

        var drafts = await Resolve<IReceiptService>().CreateDraftsAsync(DateTime.UtcNow.AddDays(1), BeneficiaryType.Staff, rep);

        var entries = Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.BeneficiaryId == rep).ToList();
        var lines = await Resolve<IReceiptService>().GetReceiptLinesAsync(drafts.Single().Id);
        Assert.Multiple(() =>
        {
            Assert.That(entries, Has.Count.EqualTo(3));
            Assert.That(entries.All(entry => entry.StatusId == (int)EntryStatus.Drafted && entry.ReceiptId == drafts[0].Id), Is.True);
            Assert.That(lines.Select(line => line.EntryId), Is.EquivalentTo(entries.Select(entry => entry.Id)));
            Assert.That(lines.Sum(line => line.Amount), Is.EqualTo(drafts[0].Total));
        });
    }
}
