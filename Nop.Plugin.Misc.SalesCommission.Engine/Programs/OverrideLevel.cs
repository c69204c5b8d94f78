namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>One hierarchy override level: level 1 is the seller's manager, level 2 that manager's manager, up to 5.</summary>
/// <param name="Level">The level, 1 to 5.</param>
/// <param name="Percent">The override percentage.</param>
/// <param name="Base">What the percentage applies to.</param>
public sealed record OverrideLevel(int Level, decimal Percent, OverrideBase Base);
