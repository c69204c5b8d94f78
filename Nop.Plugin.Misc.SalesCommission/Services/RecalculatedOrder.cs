using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>One order's recalculation, ready to be written.</summary>
/// <param name="Order">The order.</param>
/// <param name="Existing">Its entries as read.</param>
/// <param name="Plan">What the engine decided changes.</param>
/// <param name="Contributions">Its period-ladder contributions under today's programs.</param>
/// <param name="CreditedSales">Its credited sales under today's crediting.</param>
public sealed record RecalculatedOrder(Order Order, IList<CommissionEntry> Existing, RecalculationPlan Plan,
    IReadOnlyList<PeriodContribution> Contributions, IReadOnlyList<CreditedSale> CreditedSales);
