using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nop.Core.Caching;
using CatalogProduct = Nop.Core.Domain.Catalog.Product;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Services.Caching;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Caching;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>
/// In a web farm the host keeps the static cache in a distributed store as JSON: a node that did not read the setup
/// itself gets it back from there, and must plan the same commission as the node that read it from the database.
/// </summary>
[TestFixture]
public class DistributedSetupCacheTests : PluginHostTest
{
    private static CommissionStoreData Data => new(ResolveService);

    /// <summary>The setup builder of one node (one request scope) over a shared distributed store.</summary>
    private static ICommissionSetupBuilder NodeBuilder(IDistributedCache farm)
    {
        var cache = ActivatorUtilities.CreateInstance<MemoryDistributedCacheManager>(Store, farm);
        var staff = ActivatorUtilities.CreateInstance<StaffDirectory>(Store, (IStaticCacheManager)cache);
        var setupCache = ActivatorUtilities.CreateInstance<CommissionSetupCache>(Store, (IStaticCacheManager)cache);
        return ActivatorUtilities.CreateInstance<CommissionSetupBuilder>(Store, (ICommissionSetupCache)setupCache, (IStaffDirectory)staff);
    }

    [Test]
    public async Task A_setup_read_back_from_the_distributed_store_plans_the_same_entries()
    {
        var (order, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        var orderService = Resolve<IOrderService>();
        var product = Resolve<IRepository<CatalogProduct>>().Table.First(candidate => !candidate.Deleted);
        await orderService.InsertOrderItemAsync(new OrderItem
        {
            OrderItemGuid = Guid.NewGuid(), OrderId = order.Id, ProductId = product.Id, Quantity = 1,
            UnitPriceExclTax = order.OrderSubtotalExclTax, PriceExclTax = order.OrderSubtotalExclTax,
            UnitPriceInclTax = order.OrderSubtotalInclTax, PriceInclTax = order.OrderSubtotalInclTax
        });
        var items = (await orderService.GetOrderItemsAsync(order.Id)).ToList();
        order.PaidDateUtc = DateTime.UtcNow;
        var snapshot = await Resolve<IOrderSnapshotBuilder>().BuildAsync(order, items);
        var farm = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));

        var read = await NodeBuilder(farm).BuildAsync([order], items);
        var storedPrograms = await farm.GetStringAsync(SalesCommissionDefaults.ProgramsCacheKey.Key);
        var readBack = await NodeBuilder(farm).BuildAsync([order], items);

        static List<string> Planned(CommissionSetup setup, OrderSnapshot snapshot) =>
            PaidOrderPlanner.Plan(setup, snapshot, 1, _ => 0m).Entries
                .Select(entry => $"{entry.ProgramId}/{entry.BeneficiaryId}/{entry.Kind}/{entry.Amount}").ToList();
        var planned = Planned(read, snapshot);
        Assert.That(storedPrograms, Does.Contain("Test 10% of order total"));
        Assert.That(planned, Has.Count.EqualTo(1));
        Assert.That(planned[0], Does.Contain($"/{rep}/Direct/"));
        Assert.That(Planned(readBack, snapshot), Is.EqualTo(planned));
        Assert.That(readBack.Products.Keys, Is.EqualTo(read.Products.Keys));
        Assert.That(readBack.Clients.Keys, Is.EqualTo(read.Clients.Keys));
        Assert.That(readBack.Staff.Keys, Is.EquivalentTo(read.Staff.Keys));
    }
}
