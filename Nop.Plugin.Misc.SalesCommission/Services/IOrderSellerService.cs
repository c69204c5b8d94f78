using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// An order's explicit sellers (rules §2, step 1). Saving them changes no entry: the order earns by them when it is
/// paid, or when a manager recalculates it.
/// </summary>
public interface IOrderSellerService
{
    /// <summary>Gets the sellers named on an order.</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the assignments.</returns>
    Task<IList<OrderSellerAssignment>> GetSellersAsync(int orderId);

    /// <summary>
    /// Asks the engine who is credited for the order now (rules §2): its explicit sellers, else the client's owners,
    /// else the staff of the client's group, else nobody; what a recalculation of the order would use.
    /// </summary>
    /// <param name="orderId">The order.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the credit, or null when there is no such order.</returns>
    Task<OrderCredit> GetCreditAsync(int orderId);

    /// <summary>Replaces an order's sellers when the engine finds nothing wrong with them; an empty list removes them.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="sellers">The sellers: staff customer id and split in percent.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the problems; empty when saved.</returns>
    Task<IReadOnlyList<SellerSplitProblem>> SaveSellersAsync(int orderId, IReadOnlyList<(int StaffCustomerId, decimal Split)> sellers);
}
