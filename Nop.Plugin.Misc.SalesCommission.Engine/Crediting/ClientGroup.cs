namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>A client group (customer role) and the staff assigned to it, with splits.</summary>
/// <param name="Id">The group's id.</param>
/// <param name="Staff">The staff assigned to the group; empty when nobody is.</param>
public sealed record ClientGroup(string Id, IReadOnlyList<StaffShare> Staff);
