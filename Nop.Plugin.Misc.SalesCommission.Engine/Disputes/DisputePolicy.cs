using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Disputes;

/// <summary>
/// The dispute rules (rules §6): a staff member disputes only their own entries; while a dispute is open both sides
/// may reply; it ends once, resolved by an adjustment of a non-zero amount or refused with a reason. The adjustment
/// carries the dispute's reference and is dated like any correction (<see cref="Periods.ClosedMonths.Post"/>).
/// </summary>
public static class DisputePolicy
{
    /// <summary>Null when the staff member may dispute the entry; otherwise why not.</summary>
    /// <param name="staffId">The staff member asking.</param>
    /// <param name="entry">The entry questioned.</param>
    public static DisputeRefusal? MayDispute(string staffId, LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.BeneficiaryType == BeneficiaryType.Staff && entry.BeneficiaryId == staffId ? null : DisputeRefusal.NotOwnEntry;
    }

    /// <summary>Null when the action may go ahead; otherwise why not.</summary>
    /// <param name="status">The dispute's status now.</param>
    /// <param name="action">The action.</param>
    /// <param name="adjustment">For <see cref="DisputeAction.Resolve"/>: the adjustment's amount.</param>
    public static DisputeRefusal? Decide(DisputeStatus status, DisputeAction action, decimal adjustment = 0m) =>
        status != DisputeStatus.Open ? DisputeRefusal.NotOpen
        : action == DisputeAction.Resolve && Money.Round(adjustment) == 0m ? DisputeRefusal.ZeroAdjustment
        : null;

    /// <summary>The status a dispute ends in after the action.</summary>
    public static DisputeStatus StatusAfter(DisputeAction action) => action switch
    {
        DisputeAction.Resolve => DisputeStatus.Resolved,
        DisputeAction.Refuse => DisputeStatus.Refused,
        _ => DisputeStatus.Open
    };

    /// <summary>
    /// The adjustment that resolves a dispute: in the disputed entry's group (or, for a missing order, the group the
    /// office names), of the amount rounded once, saying the dispute's reference and, for an order of a closed month,
    /// which order and month it corrects and where it is posted.
    /// </summary>
    /// <param name="group">The order's program, beneficiary and level the adjustment belongs to.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="amount">The amount the office grants (negative takes commission back).</param>
    /// <param name="reference">The dispute's reference, e.g. D-12.</param>
    /// <param name="note">What the office says about it.</param>
    /// <param name="posting">Where the adjustment is dated (<see cref="Periods.ClosedMonths.Post"/> of the order's paid time).</param>
    public static LedgerEntry Adjustment(EntryGroup group, string orderId, decimal amount, string reference, string note,
        Periods.CorrectionPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return new LedgerEntry(orderId, group.ProgramId, group.BeneficiaryType, group.BeneficiaryId, EntryKind.Adjustment, group.Level, 0m,
            Money.Round(amount), posting.Explain(orderId, new Derivation("Adjustment.Dispute", DerivationValue.Of(DerivationField.Reference, reference),
                DerivationValue.Of(DerivationField.Comment, note))));
    }
}
