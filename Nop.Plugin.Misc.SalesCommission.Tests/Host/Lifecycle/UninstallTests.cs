using Microsoft.Extensions.DependencyInjection;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>Uninstalling the plugin with the default settings.</summary>
[TestFixture]
public class UninstallTests : PluginHostTest
{
    [Test]
    public async Task Uninstalling_without_delete_data_keeps_the_commission_ledger()
    {
        var (order, rep) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var entries = Resolve<IRepository<CommissionEntry>>();
        var before = entries.Table.Where(entry => entry.OrderId == order.Id).Sum(entry => entry.Amount);

        var plugin = (SalesCommissionPlugin)ActivatorUtilities.CreateInstance(Store, typeof(SalesCommissionPlugin));
        await plugin.UninstallAsync();

        Assert.That(before, Is.GreaterThan(0m));
        Assert.That(entries.Table.Where(entry => entry.OrderId == order.Id).Sum(entry => entry.Amount), Is.EqualTo(before));
        Assert.That(Resolve<IRepository<StaffProfile>>().Table.Any(profile => profile.CustomerId == rep), Is.True);
    }
}
