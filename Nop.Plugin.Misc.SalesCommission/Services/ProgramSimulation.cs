using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>What a program as edited would have paid over a range of paid orders.</summary>
/// <param name="OrdersExamined">How many paid orders were planned.</param>
/// <param name="Stopped">True when the simulation was stopped before the end of the range.</param>
/// <param name="Beneficiaries">Each beneficiary's entries and total, largest total first.</param>
/// <param name="SampleEntries">The first of the program's Direct and Override entries, by paid date then order.</param>
public sealed record ProgramSimulation(int OrdersExamined, bool Stopped, IReadOnlyList<SimulatedBeneficiary> Beneficiaries,
    IReadOnlyList<LedgerEntry> SampleEntries)
{
    /// <summary>What the program pays in all.</summary>
    public decimal Total => Beneficiaries.Sum(beneficiary => beneficiary.Total);
}
