namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// A program's money terms from one instant on (rules §5): in force for orders paid from <paramref name="EffectiveFromUtc"/>
/// until the next version's instant.
/// </summary>
/// <param name="EffectiveFromUtc">The first paid instant (UTC) the terms apply to; null for the first version, which covers every order before the next.</param>
/// <param name="Program">The program with these terms (its id, name, priority, activity and validity are the program's own).</param>
public sealed record ProgramVersion(DateTime? EffectiveFromUtc, ProgramTerms Program);
