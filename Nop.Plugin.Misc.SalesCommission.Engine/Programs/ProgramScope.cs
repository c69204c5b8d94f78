namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>Which orders a program applies to: stores (empty = all) and clients by group or by name (both empty = all).</summary>
/// <param name="Stores">Store ids; empty for every store.</param>
/// <param name="Groups">Client group ids.</param>
/// <param name="Clients">Client ids.</param>
public sealed record ProgramScope(IReadOnlyList<string> Stores, IReadOnlyList<string> Groups, IReadOnlyList<string> Clients)
{
    /// <summary>A scope that covers every order.</summary>
    public static ProgramScope Everything { get; } = new([], [], []);
}
