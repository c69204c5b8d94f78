using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>An order line under a ProductLadder program: the ladder rule that reads it and its line amount (above 0).</summary>
/// <param name="Line">The order line.</param>
/// <param name="Rule">The product, category or default ladder found for it.</param>
/// <param name="Amount">The line's basis amount.</param>
public readonly record struct LadderLine(OrderLine Line, ProductLadderRule Rule, ExactAmount Amount);
