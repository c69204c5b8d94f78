using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>A draft receipt to create: one beneficiary's entries up to the cut-off and their total.</summary>
/// <param name="BeneficiaryType">Staff or partner.</param>
/// <param name="BeneficiaryId">Whom it pays.</param>
/// <param name="EntryIds">The entries it gathers.</param>
/// <param name="Total">Their sum.</param>
public sealed record DraftReceipt(BeneficiaryType BeneficiaryType, string BeneficiaryId, IReadOnlyList<long> EntryIds, decimal Total);
