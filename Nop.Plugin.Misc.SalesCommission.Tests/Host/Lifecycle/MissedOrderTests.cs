using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>Nothing paid is lost: an order whose event the ledger never recorded is found and paid once.</summary>
[TestFixture]
public class MissedOrderTests : PluginHostTest
{
    private static CommissionStoreData Data => new(ResolveService);

    private static MissedOrderService Missed(DateTime sinceUtc) => new(Resolve<IOrderEventLog>(), Resolve<IRepository<Order>>(),
        Resolve<IRepository<OrderEventRecord>>(), new SalesCommissionSettings { TakeInOrdersPaidSinceUtc = sinceUtc });

    [Test]
    public async Task A_paid_order_whose_event_was_never_recorded_is_taken_in_once()
    {
        var since = DateTime.UtcNow.AddMinutes(-1);
        var (order, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var entries = Resolve<IRepository<CommissionEntry>>();
        var earned = entries.Table.Where(entry => entry.OrderId == order.Id).Sum(entry => entry.Amount);
        //as if the host had swallowed a failure before the event was recorded
        await entries.DeleteAsync(entry => entry.OrderId == order.Id);
        await Resolve<IRepository<StaffCreditedSale>>().DeleteAsync(sale => sale.OrderId == order.Id);
        await Resolve<IRepository<OrderEventRecord>>().DeleteAsync(record => record.OrderId == order.Id);

        var found = await Missed(since).CountMissedAsync();
        var taken = await Missed(since).TakeInMissedAsync();
        var again = await Missed(since).TakeInMissedAsync();

        var restored = entries.Table.Where(entry => entry.OrderId == order.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.GreaterThanOrEqualTo(1));
            Assert.That(taken, Is.GreaterThanOrEqualTo(1));
            Assert.That(again, Is.Zero, "a second pass finds nothing left");
            Assert.That(restored.Single(entry => entry.KindId == (int)EntryKind.Direct).BeneficiaryId, Is.EqualTo(rep));
            Assert.That(restored.Sum(entry => entry.Amount), Is.EqualTo(earned));
        });
    }
}
