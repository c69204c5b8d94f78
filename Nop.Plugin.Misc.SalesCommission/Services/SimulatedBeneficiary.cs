using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>What a simulated program pays one beneficiary.</summary>
/// <param name="BeneficiaryType">Staff or partner.</param>
/// <param name="BeneficiaryId">The beneficiary (engine id).</param>
/// <param name="Entries">How many entries.</param>
/// <param name="Total">Their sum.</param>
public sealed record SimulatedBeneficiary(BeneficiaryType BeneficiaryType, string BeneficiaryId, int Entries, decimal Total);
