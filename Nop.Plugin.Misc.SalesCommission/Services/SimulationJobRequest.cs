namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>A simulation asked for: the program as edited (not saved) and the paid dates.</summary>
/// <param name="Definition">The program as edited.</param>
/// <param name="FromUtc">First paid moment (inclusive).</param>
/// <param name="ToUtc">Last paid moment (exclusive).</param>
public sealed record SimulationJobRequest(ProgramDefinition Definition, DateTime FromUtc, DateTime ToUtc);
