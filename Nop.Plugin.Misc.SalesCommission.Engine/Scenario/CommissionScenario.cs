using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>A validated scenario (rules §8): the setup, the orders and the events.</summary>
/// <param name="Setup">Staff, partners, clients, groups, products, programs and settings.</param>
/// <param name="Orders">The orders, in listed order.</param>
/// <param name="Events">The explicit events, in listed order.</param>
public sealed record CommissionScenario(CommissionSetup Setup, IReadOnlyList<OrderSnapshot> Orders, IReadOnlyList<ScenarioEvent> Events);
