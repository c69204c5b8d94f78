namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>A person who earns commission for selling, with their manager (coordinator), if any.</summary>
/// <param name="Id">The staff member's id.</param>
/// <param name="ManagerId">The manager's staff id, or null at the top of the hierarchy.</param>
public sealed record StaffMember(string Id, string? ManagerId);
