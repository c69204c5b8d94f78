using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>What a program as edited would have paid over a range of paid orders.</summary>
/// <param name="OrdersExamined">How many paid orders were planned.</param>
/// <param name="Truncated">True when the range had more orders than a simulation plans.</param>
/// <param name="Entries">The program's Direct and Override entries, by paid date then order.</param>
public sealed record ProgramSimulation(int OrdersExamined, bool Truncated, IReadOnlyList<LedgerEntry> Entries);
