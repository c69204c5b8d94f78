using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// The entries of one order that belong together: an original (Direct or Override) entry and the
/// clawbacks, reversals and adjustments that follow it share its program, beneficiary and level.
/// </summary>
/// <param name="ProgramId">The program.</param>
/// <param name="BeneficiaryType">Staff or partner.</param>
/// <param name="BeneficiaryId">The beneficiary.</param>
/// <param name="Level">0 for direct commission, 1 to 5 for overrides.</param>
public readonly record struct EntryGroup(string ProgramId, BeneficiaryType BeneficiaryType, string BeneficiaryId, int Level);
