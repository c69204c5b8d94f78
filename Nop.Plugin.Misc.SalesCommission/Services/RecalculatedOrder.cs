using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>One order's recalculation, ready to be written.</summary>
/// <param name="Order">The order.</param>
/// <param name="Existing">Its entries as read.</param>
/// <param name="Plan">What the engine decided changes.</param>
/// <param name="Contributions">Its period-ladder contributions under today's programs.</param>
/// <param name="CreditedSales">Its credited sales under the crediting it was planned with.</param>
/// <param name="Crediting">The crediting it was planned with, and whether it is to be stored.</param>
public sealed record RecalculatedOrder(Order Order, IList<CommissionEntry> Existing, RecalculationPlan Plan,
    IReadOnlyList<PeriodContribution> Contributions, IReadOnlyList<CreditedSale> CreditedSales, CreditingDecision Crediting);
