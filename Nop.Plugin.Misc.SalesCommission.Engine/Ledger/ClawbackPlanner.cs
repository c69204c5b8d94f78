using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// Plans what a refund takes back (rules §5): for each original entry, a clawback bringing the amount
/// clawed back to round(original × cumulative refunded ÷ order total); a full refund brings the order to 0.
/// </summary>
public static class ClawbackPlanner
{
    /// <summary>The Clawback entries for a refund, given the order's entries so far and its state after the refund.</summary>
    /// <param name="orderEntries">Every entry of the order written so far.</param>
    /// <param name="state">The order's state, its refunded amount already including this refund.</param>
    /// <param name="refundedThisTime">The amount of this refund (recorded as the clawbacks' base).</param>
    public static IReadOnlyList<LedgerEntry> Plan(IReadOnlyList<LedgerEntry> orderEntries, OrderLedgerState state, decimal refundedThisTime)
    {
        if (state.Reversed || state.RefundedAmount <= 0m)
            return [];

        var clawbacks = new List<LedgerEntry>();
        foreach (var group in orderEntries.GroupBy(e => e.Group))
        {
            var original = group.Where(e => e.IsEarning).Sum(e => e.Amount);
            if (original == 0m)
                continue;

            var already = -group.Where(e => e.Kind == EntryKind.Clawback).Sum(e => e.Amount);
            if (Claw(group.First(e => e.IsEarning), original, already, state, refundedThisTime) is { } clawback)
                clawbacks.Add(clawback);
        }

        return clawbacks;
    }

    /// <summary>
    /// The Clawback bringing what was clawed back of an original amount to its refunded share, or null when
    /// nothing is left to claw back.
    /// </summary>
    /// <param name="earning">An earning entry of the group (its program, beneficiary and level are kept).</param>
    /// <param name="original">The group's original amount.</param>
    /// <param name="alreadyClawedBack">What earlier clawbacks of the group took back (positive).</param>
    /// <param name="state">The order's state, its refunded amount including every refund so far.</param>
    /// <param name="baseAmount">The clawback's base: the refund it follows.</param>
    /// <param name="note">A note appended to the derivation, or null.</param>
    public static LedgerEntry? Claw(LedgerEntry earning, decimal original, decimal alreadyClawedBack, OrderLedgerState state,
        decimal baseAmount, Derivation? note = null)
    {
        var target = state.ClawbackOf(original);
        var delta = target - alreadyClawedBack;
        if (delta == 0m)
            return null;

        var explanation = new Derivation("Clawback",
            DerivationValue.Of(DerivationField.Refunded, Math.Min(state.RefundedAmount, Math.Max(state.Total, 0m))),
            DerivationValue.Of(DerivationField.Total, state.Total), DerivationValue.Of(DerivationField.Order, earning.OrderId),
            DerivationValue.Of(DerivationField.Original, original), DerivationValue.Of(DerivationField.ClawBack, target),
            DerivationValue.Of(DerivationField.Already, alreadyClawedBack), DerivationValue.Of(DerivationField.Note, note));
        return earning.Follow(EntryKind.Clawback, baseAmount, -delta, explanation);
    }
}
