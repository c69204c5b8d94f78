namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>The crediting a paid order is planned with, and whether it is to be stored with the order.</summary>
/// <param name="Credit">The crediting to plan with.</param>
/// <param name="Store">
/// True when it was decided now from today's assignments (the order had none stored, or the manager asked to credit
/// again): a payment or an applied recalculation keeps it with the order.
/// </param>
public sealed record CreditingDecision(OrderCredit Credit, bool Store);
