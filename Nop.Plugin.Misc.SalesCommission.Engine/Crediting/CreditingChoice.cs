using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>
/// Which crediting a paid order is planned with (rules §2, §5): the crediting stored when it was paid, so that
/// reassigning a client, an order or a manager later does not move commission already earned; today's assignments
/// only when the manager asks to credit again, or when the order has none stored (paid before crediting was kept),
/// and then that crediting is the one to keep.
/// </summary>
public static class CreditingChoice
{
    /// <summary>Chooses the crediting of a paid order.</summary>
    /// <param name="stored">The crediting stored with the order, or null when it has none.</param>
    /// <param name="creditAgain">True when the manager asked to credit again with today's assignments.</param>
    /// <param name="order">The order.</param>
    /// <param name="setup">Today's staff, partners, clients and groups.</param>
    public static CreditingDecision Choose(OrderCredit? stored, bool creditAgain, OrderSnapshot order, CommissionSetup setup)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(setup);

        return stored is not null && !creditAgain
            ? new CreditingDecision(stored, false)
            : new CreditingDecision(CreditingPolicy.Credit(order, setup), true);
    }
}
