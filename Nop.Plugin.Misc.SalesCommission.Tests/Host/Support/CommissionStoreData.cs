using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using CommissionBasis = Nop.Plugin.Misc.SalesCommission.Engine.Programs.CommissionBasis;
using ProgramType = Nop.Plugin.Misc.SalesCommission.Engine.Programs.ProgramType;
using Nop.Services.Customers;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;

/// <summary>Sets up commission data in the host test store the way a manager would on the admin pages.</summary>
public class CommissionStoreData
{
    private readonly Func<Type, object> _resolve;

    /// <summary>Creates the builder over the store's services.</summary>
    public CommissionStoreData(Func<Type, object> resolve) => _resolve = resolve;

    private T Get<T>() => (T)_resolve(typeof(T));

    /// <summary>A new unpaid order (not yet inserted) of a customer with the totals of another order.</summary>
    /// <param name="sample">The order whose store, address and totals are copied.</param>
    /// <param name="customerId">The new order's customer.</param>
    public static Order UnpaidCopyOf(Order sample, int customerId) => new()
    {
        OrderGuid = Guid.NewGuid(),
        CustomOrderNumber = string.Empty,
        StoreId = sample.StoreId,
        CustomerId = customerId,
        BillingAddressId = sample.BillingAddressId,
        CustomerLanguageId = sample.CustomerLanguageId,
        CustomerCurrencyCode = sample.CustomerCurrencyCode,
        CurrencyRate = 1m,
        CustomerTaxDisplayType = sample.CustomerTaxDisplayType,
        OrderSubtotalInclTax = sample.OrderSubtotalInclTax,
        OrderSubtotalExclTax = sample.OrderSubtotalExclTax,
        OrderShippingInclTax = sample.OrderShippingInclTax,
        OrderShippingExclTax = sample.OrderShippingExclTax,
        OrderTax = sample.OrderTax,
        OrderTotal = sample.OrderTotal,
        PaymentMethodSystemName = sample.PaymentMethodSystemName,
        OrderStatus = OrderStatus.Pending,
        PaymentStatus = PaymentStatus.Pending,
        ShippingStatus = sample.ShippingStatus,
        CreatedOnUtc = DateTime.UtcNow
    };

    /// <summary>A new active sales representative: a customer in the sales-rep role with a saved staff profile.</summary>
    /// <returns>The representative.</returns>
    public async Task<Customer> SalesRepAsync()
    {
        var customerService = Get<ICustomerService>();
        var role = await customerService.GetCustomerRoleBySystemNameAsync(SalesCommissionDefaults.SalesRepRoleSystemName);
        if (role is null)
        {
            role = new CustomerRole { Name = "Sales representative", SystemName = SalesCommissionDefaults.SalesRepRoleSystemName, Active = true };
            await customerService.InsertCustomerRoleAsync(role);
        }

        var rep = new Customer { CustomerGuid = Guid.NewGuid(), Email = $"rep-{Guid.NewGuid():N}@example.com", Active = true, CreatedOnUtc = DateTime.UtcNow, LastActivityDateUtc = DateTime.UtcNow };
        await customerService.InsertCustomerAsync(rep);
        await customerService.AddCustomerRoleMappingAsync(new CustomerCustomerRoleMapping { CustomerId = rep.Id, CustomerRoleId = role.Id });
        await Get<IRepository<StaffProfile>>().InsertAsync(new StaffProfile { CustomerId = rep.Id, Active = true, CreatedOnUtc = DateTime.UtcNow });
        return rep;
    }

    /// <summary>
    /// Places a new unpaid order (a copy of a sample order's totals) for a new client, and credits the client 100% to a new sales
    /// representative earning <paramref name="ratePercent"/>% of the order total.
    /// </summary>
    /// <returns>The unpaid order and the representative's customer id.</returns>
    public async Task<(Order Order, int RepCustomerId)> UnpaidOrderWithRepAsync(decimal ratePercent)
    {
        var customerService = Get<ICustomerService>();
        var rep = await SalesRepAsync();

        var client = new Customer { CustomerGuid = Guid.NewGuid(), Email = $"client-{Guid.NewGuid():N}@example.com", Active = true, CreatedOnUtc = DateTime.UtcNow, LastActivityDateUtc = DateTime.UtcNow };
        await customerService.InsertCustomerAsync(client);

        var orderService = Get<IOrderService>();
        var sample = (await orderService.SearchOrdersAsync()).First(candidate => candidate.OrderTotal > 0);
        var order = UnpaidCopyOf(sample, client.Id);
        await orderService.InsertOrderAsync(order);

        await Get<IRepository<ClientAssignment>>().InsertAsync(new ClientAssignment { CustomerId = order.CustomerId, StaffCustomerId = rep.Id, Split = 100m });

        var program = new CommissionProgram
        {
            Name = $"Test {ratePercent}% of order total",
            ProgramTypeId = (int)ProgramType.PercentOfOrder,
            BasisId = (int)CommissionBasis.OrderTotal,
            Active = true,
            Rate = ratePercent,
            CreatedOnUtc = DateTime.UtcNow,
            UpdatedOnUtc = DateTime.UtcNow
        };
        await Get<IRepository<CommissionProgram>>().InsertAsync(program);
        await Get<IRepository<ProgramBeneficiary>>().InsertAsync(new ProgramBeneficiary { ProgramId = program.Id, BeneficiaryTypeId = (int)BeneficiaryType.Staff, BeneficiaryId = rep.Id });

        return (order, rep.Id);
    }

    /// <summary>Places another unpaid order for the same client with the same totals.</summary>
    public async Task<Order> AnotherOrderAsync(Order like)
    {
        var order = UnpaidCopyOf(like, like.CustomerId);
        await Get<IOrderService>().InsertOrderAsync(order);
        return order;
    }

    /// <summary>Adds a program of <paramref name="ratePercent"/>% of the order total that pays the staff member.</summary>
    /// <returns>The program's id.</returns>
    public async Task<int> ProgramForAsync(int staffCustomerId, decimal ratePercent)
    {
        var program = new CommissionProgram
        {
            Name = $"Stacked {ratePercent}% {Guid.NewGuid():N}",
            ProgramTypeId = (int)ProgramType.PercentOfOrder,
            BasisId = (int)CommissionBasis.OrderTotal,
            Active = true,
            Rate = ratePercent,
            CreatedOnUtc = DateTime.UtcNow,
            UpdatedOnUtc = DateTime.UtcNow
        };
        await Get<IRepository<CommissionProgram>>().InsertAsync(program);
        await Get<IRepository<ProgramBeneficiary>>().InsertAsync(new ProgramBeneficiary { ProgramId = program.Id, BeneficiaryTypeId = (int)BeneficiaryType.Staff, BeneficiaryId = staffCustomerId });
        return program.Id;
    }

    /// <summary>Adds a staff member who manages the given staff member.</summary>
    /// <returns>The manager's customer id.</returns>
    public async Task<int> ManagerOfAsync(int staffCustomerId)
    {
        var customerService = Get<ICustomerService>();
        var role = await customerService.GetCustomerRoleBySystemNameAsync(SalesCommissionDefaults.SalesRepRoleSystemName);
        var manager = new Customer { CustomerGuid = Guid.NewGuid(), Email = $"manager-{Guid.NewGuid():N}@example.com", Active = true, CreatedOnUtc = DateTime.UtcNow, LastActivityDateUtc = DateTime.UtcNow };
        await customerService.InsertCustomerAsync(manager);
        await customerService.AddCustomerRoleMappingAsync(new CustomerCustomerRoleMapping { CustomerId = manager.Id, CustomerRoleId = role.Id });
        var profiles = Get<IRepository<StaffProfile>>();
        await profiles.InsertAsync(new StaffProfile { CustomerId = manager.Id, Active = true, CreatedOnUtc = DateTime.UtcNow });
        var profile = profiles.Table.Single(candidate => candidate.CustomerId == staffCustomerId);
        profile.ManagerCustomerId = manager.Id;
        await profiles.UpdateAsync(profile);
        return manager.Id;
    }
}
