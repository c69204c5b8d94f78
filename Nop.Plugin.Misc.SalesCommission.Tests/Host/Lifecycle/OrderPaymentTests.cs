using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Core.Events;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>Orders paid, refunded, voided and cancelled through the host's order processing.</summary>
[TestFixture]
public class OrderPaymentTests : PluginHostTest
{
    private static CommissionStoreData Data => new(ResolveService);

    private static List<CommissionEntry> Entries(int orderId) =>
        Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.OrderId == orderId).OrderBy(entry => entry.Id).ToList();

    [Test]
    public async Task Marking_an_order_paid_gives_the_rep_ten_percent_of_the_order_total()
    {
        var (order, rep) = await Data.UnpaidOrderWithRepAsync(10m);

        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);

        var entries = Entries(order.Id);
        Assert.That(entries, Has.Count.EqualTo(1));
        Assert.That(entries[0].BeneficiaryId, Is.EqualTo(rep));
        Assert.That(entries[0].KindId, Is.EqualTo((int)EntryKind.Direct));
        Assert.That(entries[0].Amount, Is.EqualTo(order.OrderTotal * 0.10m).Within(0.005m));
    }

    [Test]
    public async Task A_second_delivery_of_the_paid_event_leaves_one_set_of_entries()
    {
        var (order, _) = await Data.UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);

        await Resolve<IEventPublisher>().PublishAsync(new OrderPaidEvent(order));

        Assert.That(Entries(order.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_partial_refund_of_half_the_order_claws_back_half_the_commission()
    {
        var (order, _) = await Data.UnpaidOrderWithRepAsync(10m);
        var orders = Resolve<IOrderProcessingService>();
        await orders.MarkOrderAsPaidAsync(order);
        var earned = Entries(order.Id).Sum(entry => entry.Amount);

        await orders.PartiallyRefundOfflineAsync(order, Math.Round(order.OrderTotal / 2, 2));

        var entries = Entries(order.Id);
        Assert.That(entries.Any(entry => entry.KindId == (int)EntryKind.Clawback), Is.True);
        Assert.That(entries.Sum(entry => entry.Amount), Is.EqualTo(earned / 2).Within(0.01m));
    }

    [Test]
    public async Task Voiding_an_authorized_order_offline_books_no_commission()
    {
        var (order, _) = await Data.UnpaidOrderWithRepAsync(10m);
        order.PaymentStatus = Nop.Core.Domain.Payments.PaymentStatus.Authorized;
        await Resolve<IOrderService>().UpdateOrderAsync(order);

        await Resolve<IOrderProcessingService>().VoidOfflineAsync(order);

        Assert.That(order.PaymentStatus, Is.EqualTo(Nop.Core.Domain.Payments.PaymentStatus.Voided));
        Assert.That(Entries(order.Id), Is.Empty);
    }

    [Test]
    public async Task Cancelling_a_paid_order_takes_the_whole_commission_back()
    {
        var (order, _) = await Data.UnpaidOrderWithRepAsync(10m);
        var orders = Resolve<IOrderProcessingService>();
        await orders.MarkOrderAsPaidAsync(order);

        await orders.CancelOrderAsync(order, false);

        var entries = Entries(order.Id);
        Assert.That(entries.Any(entry => entry.KindId == (int)EntryKind.Reversal), Is.True);
        Assert.That(entries.Sum(entry => entry.Amount), Is.Zero);
    }
}
