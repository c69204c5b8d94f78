using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Configuration;
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

    /// <summary>Pays an order of 10.00 to a new rep, then removes every trace of it from the ledger (as if its event had never been heard).</summary>
    /// <returns>The order, the rep and what the rep earned.</returns>
    private static async Task<(Order Order, int Rep, decimal Earned)> PaidOrderTheLedgerForgotAsync()
    {
        var (order, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var entries = Resolve<IRepository<CommissionEntry>>();
        var earned = entries.Table.Where(entry => entry.OrderId == order.Id).Sum(entry => entry.Amount);
        await entries.DeleteAsync(entry => entry.OrderId == order.Id);
        await Resolve<IRepository<StaffCreditedSale>>().DeleteAsync(sale => sale.OrderId == order.Id);
        await Resolve<IRepository<OrderEventRecord>>().DeleteAsync(record => record.OrderId == order.Id);
        return (order, rep, earned);
    }

    private static async Task SetTakeInSinceAsync(DateTime? sinceUtc)
    {
        var settingService = Resolve<ISettingService>();
        var settings = await settingService.LoadSettingAsync<SalesCommissionSettings>();
        settings.TakeInOrdersPaidSinceUtc = sinceUtc;
        await settingService.SaveSettingAsync(settings, kept => kept.TakeInOrdersPaidSinceUtc);
    }

    private static Task InstallPluginAsync() =>
        ((SalesCommissionPlugin)ActivatorUtilities.CreateInstance(Store, typeof(SalesCommissionPlugin))).InstallAsync();

    private static List<CommissionEntry> EntriesOf(Order order) =>
        Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.OrderId == order.Id).ToList();

    [Test]
    public async Task A_reinstall_over_kept_data_takes_in_an_order_paid_while_the_plugin_was_away()
    {
        //the kept settings' date: the plugin was first installed a while ago
        await SetTakeInSinceAsync(DateTime.UtcNow.AddMinutes(-1));
        var (order, rep, earned) = await PaidOrderTheLedgerForgotAsync();

        await InstallPluginAsync();

        var entries = EntriesOf(order);
        Assert.Multiple(() =>
        {
            Assert.That(earned, Is.GreaterThan(0m));
            Assert.That(entries.Single(entry => entry.KindId == (int)EntryKind.Direct).BeneficiaryId, Is.EqualTo(rep));
            Assert.That(entries.Sum(entry => entry.Amount), Is.EqualTo(earned));
        });
    }

    [Test]
    public async Task A_first_install_takes_in_nothing_paid_before_it()
    {
        var (order, _, earned) = await PaidOrderTheLedgerForgotAsync();
        //no kept settings: a first install, a moment later (the setting keeps whole seconds)
        await SetTakeInSinceAsync(null);
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var now = DateTime.UtcNow;
        var installedFrom = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));

        await InstallPluginAsync();

        var since = (await Resolve<ISettingService>().LoadSettingAsync<SalesCommissionSettings>()).TakeInOrdersPaidSinceUtc;
        Assert.Multiple(() =>
        {
            Assert.That(earned, Is.GreaterThan(0m));
            Assert.That(since, Is.GreaterThanOrEqualTo(installedFrom).And.LessThanOrEqualTo(DateTime.UtcNow));
            Assert.That(EntriesOf(order), Is.Empty);
        });
    }

    [Test]
    public async Task A_paid_order_whose_event_was_never_recorded_is_taken_in_once()
    {
        var since = DateTime.UtcNow.AddMinutes(-1);
        //as if the host had swallowed a failure before the event was recorded
        var (order, rep, earned) = await PaidOrderTheLedgerForgotAsync();

        var found = await Missed(since).CountMissedAsync();
        var taken = await Missed(since).TakeInMissedAsync();
        var again = await Missed(since).TakeInMissedAsync();

        var restored = EntriesOf(order);
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
