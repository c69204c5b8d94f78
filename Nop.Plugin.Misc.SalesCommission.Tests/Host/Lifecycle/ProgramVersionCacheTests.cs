using Nop.Core.Caching;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>
/// Programs' stored versions are read through the setup cache with the rest of the setup, and a new version reaches the
/// next paid order through its own entity events.
/// </summary>
[TestFixture]
public class ProgramVersionCacheTests : PluginHostTest
{
    private static CommissionStoreData Data => new(ResolveService);

    private static async Task PayAsync(Order order) => await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);

    private static async Task<bool> VersionsCachedAsync()
    {
        var cache = Resolve<IStaticCacheManager>();
        return await cache.GetAsync(cache.PrepareKeyForDefaultCache(SalesCommissionDefaults.ProgramVersionsCacheKey)) is not null;
    }

    [Test]
    public async Task A_paid_order_leaves_the_program_versions_in_the_static_cache()
    {
        var (order, _) = await Data.UnpaidOrderWithRepAsync(10m);

        await PayAsync(order);

        Assert.That(await VersionsCachedAsync(), Is.True);
    }

    [Test]
    public async Task A_new_version_from_tomorrow_keeps_the_next_order_paid_today_on_the_terms_before_it()
    {
        var (first, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        await PayAsync(first);
        Assert.That(await VersionsCachedAsync(), Is.True, "the setup, versions included, is cached before the change");
        var programId = Resolve<IRepository<ProgramBeneficiary>>().Table.Single(payee => payee.BeneficiaryId == rep).ProgramId;
        var definition = await Resolve<IProgramService>().GetDefinitionAsync(programId);

        //the program's row now says 20%, from tomorrow; today is still the 10% of the version before it
        definition.Program.Rate = 20m;
        var saved = await Resolve<IProgramVersionService>().SaveAsync(definition, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1));
        var second = await Data.AnotherOrderAsync(first);
        await PayAsync(second);

        var amount = Resolve<IRepository<CommissionEntry>>().Table.Single(entry => entry.OrderId == second.Id).Amount;
        Assert.That(saved, Is.EqualTo(VersionedSave.NewVersion));
        Assert.That(amount, Is.EqualTo(Math.Round(second.OrderTotal * 0.10m, 2)));
    }
}
