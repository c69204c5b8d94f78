namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// What one order adds to a period total: the beneficiary's credited base (split share, unrounded).
/// It is recorded even when the commission rounds to 0; refunds never reduce it.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="Key">The period total it adds to.</param>
/// <param name="Amount">The credited base added.</param>
public sealed record PeriodContribution(string OrderId, PeriodKey Key, decimal Amount);
