using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>Recalculating paid orders after a program's rate changed.</summary>
[TestFixture]
public class RecalculationTests : PluginHostTest
{
    private static decimal Earned(int orderId) =>
        Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.OrderId == orderId).Sum(entry => entry.Amount);

    private static async Task RaiseRateAsync(int orderId, decimal ratePercent)
    {
        var programId = Resolve<IRepository<CommissionEntry>>().Table.First(entry => entry.OrderId == orderId).ProgramId;
        var programs = Resolve<IRepository<CommissionProgram>>();
        var program = await programs.GetByIdAsync(programId);
        program.Rate = ratePercent;
        await programs.UpdateAsync(program);
    }

    [Test]
    public async Task The_preview_shows_the_new_commission_without_changing_the_ledger()
    {
        var (order, _) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var earned = Earned(order.Id);
        var entryCount = Resolve<IRepository<CommissionEntry>>().Table.Count();
        await RaiseRateAsync(order.Id, 20m);

        var preview = await Resolve<IRecalculationService>().PreviewAsync(null, null, [order.Id]);

        Assert.That(preview, Has.Count.EqualTo(1));
        Assert.That(preview[0].Current, Is.EqualTo(earned));
        Assert.That(preview[0].Recalculated, Is.EqualTo(earned * 2).Within(0.01m));
        Assert.That(Resolve<IRepository<CommissionEntry>>().Table.Count(), Is.EqualTo(entryCount));
    }

    [Test]
    public async Task Applying_the_recalculation_books_the_difference_as_an_adjustment()
    {
        var (order, _) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var earned = Earned(order.Id);
        await RaiseRateAsync(order.Id, 20m);

        await Resolve<IRecalculationService>().ApplyAsync(null, null, [order.Id]);

        Assert.That(Earned(order.Id), Is.EqualTo(earned * 2).Within(0.01m));
        Assert.That(await Resolve<IRecalculationService>().PreviewAsync(null, null, [order.Id]), Is.Empty);
    }

    [Test]
    public async Task Applying_a_recalculation_gives_an_order_paid_before_credited_sales_existed_its_credited_sales()
    {
        var (order, rep) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var creditedSales = Resolve<IRepository<StaffCreditedSale>>();
        var written = creditedSales.Table.Single(sale => sale.OrderId == order.Id);
        await creditedSales.DeleteAsync(sale => sale.OrderId == order.Id);

        await Resolve<IRecalculationService>().ApplyAsync(null, null, [order.Id]);

        var restored = creditedSales.Table.Single(sale => sale.OrderId == order.Id);
        Assert.That(written.StaffCustomerId, Is.EqualTo(rep));
        Assert.That((restored.StaffCustomerId, restored.NetSales, restored.PaidOnUtc),
            Is.EqualTo((written.StaffCustomerId, written.NetSales, written.PaidOnUtc)));
    }
}
