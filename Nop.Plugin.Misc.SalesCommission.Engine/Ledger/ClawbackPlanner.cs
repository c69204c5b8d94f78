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

        List<LedgerEntry>? clawbacks = null;
        for (var i = 0; i < orderEntries.Count; i++)
        {
            var group = orderEntries[i].Group;
            if (SeenBefore(orderEntries, i, group))
                continue;

            LedgerEntry? earning = null;
            decimal original = 0m, clawedBack = 0m;
            for (var j = i; j < orderEntries.Count; j++)
            {
                var entry = orderEntries[j];
                if (entry.Group != group)
                    continue;
                if (entry.IsEarning)
                {
                    earning ??= entry;
                    original += entry.Amount;
                }
                else if (entry.Kind == EntryKind.Clawback)
                    clawedBack += entry.Amount;
            }

            if (original == 0m)
                continue;
            if (Claw(earning!, original, -clawedBack, state, refundedThisTime) is { } clawback)
                (clawbacks ??= []).Add(clawback);
        }

        return clawbacks ?? [];
    }

    /// <summary>True when an entry before position <paramref name="index"/> belongs to the group.</summary>
    private static bool SeenBefore(IReadOnlyList<LedgerEntry> entries, int index, EntryGroup group)
    {
        for (var j = 0; j < index; j++)
        {
            if (entries[j].Group == group)
                return true;
        }

        return false;
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

        return LedgerEntry.Planned(earning.OrderId, earning.ProgramId, earning.BeneficiaryType, earning.BeneficiaryId, EntryKind.Clawback,
            earning.Level, Money.Round(baseAmount), Money.Round(-delta), new ClawbackDerivation(earning.OrderId, original, alreadyClawedBack, state, target, note));
    }

    /// <summary>A clawback's derivation, built when the entry is first read: the refund, the order total and what was clawed back before.</summary>
    private sealed class ClawbackDerivation(
        string orderId, decimal original, decimal alreadyClawedBack, OrderLedgerState state, decimal target, Derivation? note) : IDerivationSource
    {
        public Derivation Derive() =>
            new("Clawback",
                DerivationValue.Of(DerivationField.Refunded, Math.Min(state.RefundedAmount, Math.Max(state.Total, 0m))),
                DerivationValue.Of(DerivationField.Total, state.Total), DerivationValue.Of(DerivationField.Order, orderId),
                DerivationValue.Of(DerivationField.Original, original), DerivationValue.Of(DerivationField.ClawBack, target),
                DerivationValue.Of(DerivationField.Already, alreadyClawedBack), DerivationValue.Of(DerivationField.Note, note));
    }
}
