using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>A pending entry that a receipt may gather.</summary>
/// <param name="EntryId">The host's id of the entry.</param>
/// <param name="BeneficiaryType">Staff or partner.</param>
/// <param name="BeneficiaryId">Whom it pays.</param>
/// <param name="DateUtc">The entry's date (UTC), compared with the cut-off.</param>
/// <param name="Amount">The entry's amount (negative entries are gathered too).</param>
/// <param name="PayableOnUtc">When its hold ends (<see cref="HoldPeriod.PayableOnUtc"/>); the date itself when there is no hold.</param>
public sealed record ReceiptCandidate(long EntryId, BeneficiaryType BeneficiaryType, string BeneficiaryId, DateTime DateUtc, decimal Amount,
    DateTime PayableOnUtc);
