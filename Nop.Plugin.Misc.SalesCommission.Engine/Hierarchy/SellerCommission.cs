namespace Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;

/// <summary>A credited staff member's direct commission under one program, as overrides see it.</summary>
/// <param name="StaffId">The seller.</param>
/// <param name="Amount">The direct entry amount, as rounded (0 when nothing was written).</param>
/// <param name="CreditedBase">The seller's credited base: split share of the program's basis amount.</param>
public readonly record struct SellerCommission(string StaffId, decimal Amount, decimal CreditedBase);
