namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>A member of the sales-rep role as the store holds them.</summary>
/// <param name="Id">The member's id.</param>
/// <param name="ManagerId">The manager on their staff profile, or null.</param>
/// <param name="ProfileActive">The active flag of their staff profile; null when no profile was ever saved.</param>
public sealed record RosterEntry(string Id, string? ManagerId, bool? ProfileActive);
