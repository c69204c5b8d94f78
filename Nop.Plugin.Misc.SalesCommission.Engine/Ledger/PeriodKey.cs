using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>A beneficiary's running total in one period-ladder program, one calendar period and (product ladders) one rule target.</summary>
/// <param name="ProgramId">The program.</param>
/// <param name="BeneficiaryType">Staff or partner.</param>
/// <param name="BeneficiaryId">The beneficiary.</param>
/// <param name="PeriodStart">The first day of the period.</param>
/// <param name="Target">
/// ProductLadder: the rule target ("product:P7", "category:Shoes", "default", see <see cref="Programs.ProductLadderRule.Target"/>);
/// null for a Ladder program's total.
/// </param>
public readonly record struct PeriodKey(
    string ProgramId, BeneficiaryType BeneficiaryType, string BeneficiaryId, DateOnly PeriodStart, string? Target = null);
