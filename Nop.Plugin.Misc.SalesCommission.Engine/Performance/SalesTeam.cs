namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>A sales team: a manager with everyone below them in the hierarchy, the manager included.</summary>
/// <param name="ManagerId">The manager who leads the team.</param>
/// <param name="Members">The manager first, then everyone below them, nearest first, each once.</param>
public sealed record SalesTeam(string ManagerId, IReadOnlyList<string> Members);
