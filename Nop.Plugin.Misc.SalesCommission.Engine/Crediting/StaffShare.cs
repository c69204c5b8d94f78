namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>A staff member named in an assignment, with the split percentage of the order credited to them.</summary>
/// <param name="StaffId">The staff member.</param>
/// <param name="Split">The share of the order in percent; the splits of one assignment add up to exactly 100.</param>
public sealed record StaffShare(string StaffId, decimal Split);
