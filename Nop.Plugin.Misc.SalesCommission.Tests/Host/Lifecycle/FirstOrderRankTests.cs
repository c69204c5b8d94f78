using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using ProgramType = Nop.Plugin.Misc.SalesCommission.Engine.Programs.ProgramType;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>Rules §3.2.4: an order counts among the client's first N once paid, whatever happens to it later.</summary>
[TestFixture]
public class FirstOrderRankTests : PluginHostTest
{
    private static CommissionStoreData Data => new(ResolveService);

    [Test]
    public async Task A_deleted_paid_first_order_still_counts_so_the_next_order_pays_the_regular_rate()
    {
        var (first, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        var programs = Resolve<IRepository<CommissionProgram>>();
        var programId = Resolve<IRepository<ProgramBeneficiary>>().Table.Single(payee => payee.BeneficiaryId == rep).ProgramId;
        var program = programs.Table.Single(row => row.Id == programId);
        program.ProgramTypeId = (int)ProgramType.FirstOrder;
        program.FirstOrderCount = 1;
        program.FirstOrderRate = 10m;
        program.Rate = 2m;
        await programs.UpdateAsync(program);

        var orderService = Resolve<IOrderService>();
        var second = new Order
        {
            OrderGuid = Guid.NewGuid(), CustomOrderNumber = string.Empty, StoreId = first.StoreId, CustomerId = first.CustomerId,
            BillingAddressId = first.BillingAddressId, CustomerLanguageId = first.CustomerLanguageId,
            CustomerCurrencyCode = first.CustomerCurrencyCode, CurrencyRate = 1m, CustomerTaxDisplayType = first.CustomerTaxDisplayType,
            OrderSubtotalInclTax = first.OrderSubtotalInclTax, OrderSubtotalExclTax = first.OrderSubtotalExclTax,
            OrderTax = first.OrderTax, OrderTotal = first.OrderTotal, PaymentMethodSystemName = first.PaymentMethodSystemName,
            OrderStatus = OrderStatus.Pending, PaymentStatus = Nop.Core.Domain.Payments.PaymentStatus.Pending,
            ShippingStatus = first.ShippingStatus, CreatedOnUtc = DateTime.UtcNow
        };
        await orderService.InsertOrderAsync(second);

        var processing = Resolve<IOrderProcessingService>();
        await processing.MarkOrderAsPaidAsync(first);
        await orderService.DeleteOrderAsync(first);
        await processing.MarkOrderAsPaidAsync(second);

        var entries = Resolve<IRepository<CommissionEntry>>().Table;
        var firstDirect = entries.Single(entry => entry.OrderId == first.Id && entry.KindId == (int)EntryKind.Direct);
        var secondDirect = entries.Single(entry => entry.OrderId == second.Id && entry.KindId == (int)EntryKind.Direct);
        Assert.Multiple(() =>
        {
            Assert.That(firstDirect.Amount, Is.EqualTo(Math.Round(first.OrderTotal * 0.10m, 2, MidpointRounding.AwayFromZero)));
            Assert.That(secondDirect.Amount, Is.EqualTo(Math.Round(second.OrderTotal * 0.02m, 2, MidpointRounding.AwayFromZero)),
                "the deleted first order still counts, so the second is not a first order");
        });
    }
}
