using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// One beneficiary's room under a program's <c>capPerPeriod</c> in one calendar period (rules §3.4): a host answers it
/// with the sum of the Direct entry amounts already written for that program, beneficiary and period (clawbacks and
/// reversals do not free room).
/// </summary>
/// <param name="ProgramId">The program.</param>
/// <param name="BeneficiaryType">Staff or partner.</param>
/// <param name="BeneficiaryId">The beneficiary.</param>
/// <param name="Window">The cap's calendar period: Month, Quarter or Year.</param>
/// <param name="PeriodStart">The first day of the period (the period is [start, start + window)).</param>
public readonly record struct CapKey(
    string ProgramId, BeneficiaryType BeneficiaryType, string BeneficiaryId, LadderWindow Window, DateOnly PeriodStart)
{
    /// <summary>The cap period of a beneficiary's Direct entry of an order paid at this time; null when the program has no period cap.</summary>
    public static CapKey? For(ProgramTerms program, BeneficiaryType beneficiaryType, string beneficiaryId, DateTime paidAtUtc) =>
        program.CapPerPeriod is { } cap && CommissionPeriod.StartOf(cap.Window, paidAtUtc) is { } start
            ? new CapKey(program.Id, beneficiaryType, beneficiaryId, cap.Window, start)
            : null;
}
