namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>One seller named on an order, with its share of the order in percent.</summary>
/// <param name="StaffId">The staff member's id.</param>
/// <param name="Split">The share, in percent.</param>
public sealed record SellerSplit(string StaffId, decimal Split);
