namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>
/// Gathers pending entries into draft receipts (rules §6): per beneficiary, every pending entry (negative
/// ones included) dated on or before the cut-off. A beneficiary whose entries sum to less than 0 gets no
/// draft: the entries stay pending and carry over to a later receipt.
/// </summary>
public static class ReceiptDrafter
{
    /// <summary>The drafts to create.</summary>
    public static IReadOnlyList<DraftReceipt> Plan(IEnumerable<ReceiptCandidate> pending, DateTime cutoffUtc) =>
        pending
            .Where(c => c.DateUtc <= cutoffUtc)
            .GroupBy(c => (c.BeneficiaryType, c.BeneficiaryId))
            .Select(g => new DraftReceipt(g.Key.BeneficiaryType, g.Key.BeneficiaryId,
                g.OrderBy(c => c.DateUtc).ThenBy(c => c.EntryId).Select(c => c.EntryId).ToList(), g.Sum(c => c.Amount)))
            .Where(d => d.Total >= 0m)
            .OrderBy(d => d.BeneficiaryType)
            .ThenBy(d => d.BeneficiaryId, IdOrder.Instance)
            .ToList();
}
