using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads staff, partners, clients, client groups, products and programs from the store and hands them to the
/// engine as a <see cref="CommissionSetup"/>.
/// </summary>
public interface ICommissionSetupBuilder
{
    /// <summary>
    /// Builds the setup that concerns some orders: every staff member, partner, client group and program, and the
    /// clients and products of these orders.
    /// </summary>
    /// <param name="orders">The orders to be planned.</param>
    /// <param name="items">Their order items.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the setup.</returns>
    Task<CommissionSetup> BuildAsync(IReadOnlyCollection<Order> orders, IReadOnlyCollection<OrderItem> items);
}
