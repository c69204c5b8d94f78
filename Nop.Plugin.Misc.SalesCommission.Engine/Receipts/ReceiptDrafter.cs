namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>
/// Gathers pending entries into draft receipts (rules §6): per beneficiary, every pending entry (negative
/// ones included) dated on or before the cut-off whose hold has ended when the receipts are drafted. A beneficiary
/// whose entries sum to less than 0 gets no draft: the entries stay pending and carry over to a later receipt.
/// </summary>
public static class ReceiptDrafter
{
    /// <summary>The drafts to create.</summary>
    /// <param name="pending">The pending entries.</param>
    /// <param name="cutoffUtc">The last instant whose entries are gathered.</param>
    /// <param name="draftedAtUtc">When the receipts are drafted: entries still on hold then are left out.</param>
    public static IReadOnlyList<DraftReceipt> Plan(IEnumerable<ReceiptCandidate> pending, DateTime cutoffUtc, DateTime draftedAtUtc) =>
        pending
            .Where(c => MayTake(c, cutoffUtc, draftedAtUtc))
            .GroupBy(c => (c.BeneficiaryType, c.BeneficiaryId))
            .Select(g => new DraftReceipt(g.Key.BeneficiaryType, g.Key.BeneficiaryId,
                g.OrderBy(c => c.DateUtc).ThenBy(c => c.EntryId).Select(c => c.EntryId).ToList(), g.Sum(c => c.Amount)))
            .Where(d => d.Total >= 0m)
            .OrderBy(d => d.BeneficiaryType)
            .ThenBy(d => d.BeneficiaryId, IdOrder.Instance)
            .ToList();

    /// <summary>
    /// True when a receipt drafted at <paramref name="draftedAtUtc"/> with cut-off <paramref name="cutoffUtc"/> may take
    /// the entry: it is dated on or before the cut-off and its hold has ended (a cut-off in the future does not shorten a hold).
    /// </summary>
    public static bool MayTake(ReceiptCandidate candidate, DateTime cutoffUtc, DateTime draftedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.DateUtc <= cutoffUtc && !HoldPeriod.IsOnHold(candidate.PayableOnUtc, draftedAtUtc);
    }
}
