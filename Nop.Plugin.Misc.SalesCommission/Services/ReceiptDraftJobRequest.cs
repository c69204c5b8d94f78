using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Receipt drafts asked for.</summary>
/// <param name="CutoffUtc">The cut-off (UTC, inclusive).</param>
/// <param name="BeneficiaryType">Only this kind of beneficiary; null for both.</param>
/// <param name="BeneficiaryId">Only this beneficiary; null for all.</param>
public sealed record ReceiptDraftJobRequest(DateTime CutoffUtc, BeneficiaryType? BeneficiaryType, int? BeneficiaryId);
