using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>A beneficiary's running total in one period-ladder program and one calendar period.</summary>
/// <param name="ProgramId">The program.</param>
/// <param name="BeneficiaryType">Staff or partner.</param>
/// <param name="BeneficiaryId">The beneficiary.</param>
/// <param name="PeriodStart">The first day of the period.</param>
public readonly record struct PeriodKey(string ProgramId, BeneficiaryType BeneficiaryType, string BeneficiaryId, DateOnly PeriodStart);
