namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// A staff member's commission in a period by where it stands: pending (not in a receipt, or in a draft),
/// approved (in an approved receipt) and paid (in a paid receipt).
/// </summary>
/// <param name="Pending">Not yet in an approved receipt.</param>
/// <param name="Approved">In an approved receipt, waiting to be paid.</param>
/// <param name="Paid">In a paid receipt.</param>
public sealed record CommissionStatusTotals(decimal Pending, decimal Approved, decimal Paid);
