using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>The sum of every entry of one beneficiary.</summary>
/// <param name="BeneficiaryType">Staff or partner.</param>
/// <param name="BeneficiaryId">The beneficiary.</param>
/// <param name="Amount">The sum of their entries.</param>
public sealed record BeneficiaryTotal(BeneficiaryType BeneficiaryType, string BeneficiaryId, decimal Amount);
