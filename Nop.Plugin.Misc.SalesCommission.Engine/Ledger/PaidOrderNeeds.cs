using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// What planning a paid order needs from the ledger's history, named before planning so that a host loads it once:
/// the period totals of its period-ladder programs, the credited NetSales before it of the targets its accelerated
/// programs are measured against, and the Direct entries already written under its programs' period caps.
/// </summary>
/// <param name="PeriodKeys">The period totals the plan reads.</param>
/// <param name="Targets">The targets whose credited NetSales before the order the plan reads (see <see cref="CommissionSetup.StaffCountedToward"/>).</param>
/// <param name="CapKeys">The period caps whose Σ of Direct entry amounts already written the plan reads (rules §3.4).</param>
public sealed record PaidOrderNeeds(
    IReadOnlyCollection<PeriodKey> PeriodKeys, IReadOnlyCollection<SalesTarget> Targets, IReadOnlyCollection<CapKey> CapKeys)
{
    /// <summary>True when the plan reads nothing from the history.</summary>
    public bool IsEmpty => PeriodKeys.Count == 0 && Targets.Count == 0 && CapKeys.Count == 0;
}
