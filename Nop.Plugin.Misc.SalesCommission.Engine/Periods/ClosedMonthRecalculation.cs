using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Periods;

/// <summary>
/// A recalculation of an order of a closed month (rules §5, §6): the month's entries never change, so nothing is
/// replaced; every difference is posted as an <see cref="EntryKind.Adjustment"/> into the first open month after it,
/// saying which order and month it corrects. An order of an open month is planned as usual.
/// </summary>
public static class ClosedMonthRecalculation
{
    /// <summary>Plans the recalculation of one order.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="orderPaidUtc">When the order was paid: its entries belong to that month.</param>
    /// <param name="recalculated">The Direct and Override entries the order earns under today's programs.</param>
    /// <param name="recorded">The order's entries as stored.</param>
    /// <param name="state">The order's refund and reversal state.</param>
    /// <param name="closed">The closed months.</param>
    public static RecalculationPlan Plan(string orderId, DateTime orderPaidUtc, IReadOnlyList<LedgerEntry> recalculated,
        IReadOnlyList<RecordedEntry> recorded, OrderLedgerState state, ClosedMonths closed)
    {
        ArgumentNullException.ThrowIfNull(closed);
        var plan = RecalculationPlanner.Plan(orderId, recalculated, recorded, state);
        var posting = closed.Post(orderPaidUtc);
        if (plan.IsEmpty || posting is not { CorrectedMonth: { } month, PostedInMonth: { } postedIn })
            return plan;

        var adjustments = plan.Differences
            .Select(difference => Adjustment(orderId, difference, recalculated, month, postedIn))
            .Where(entry => entry.Amount != 0m)
            .ToList();

        return new RecalculationPlan(plan.Differences, [], adjustments) { Posting = posting };
    }

    private static LedgerEntry Adjustment(string orderId, RecalculationDifference difference, IReadOnlyList<LedgerEntry> recalculated,
        DateOnly month, DateOnly postedIn)
    {
        var group = difference.Group;
        var original = recalculated.FirstOrDefault(entry => entry.Group == group);
        var why = original is null ? new Derivation("Adjustment.Unpaid") : original.Derivation;
        return new LedgerEntry(orderId, group.ProgramId, group.BeneficiaryType, group.BeneficiaryId, EntryKind.Adjustment, group.Level,
            Money.Round(original?.Base ?? 0m), Money.Round(difference.Difference),
            new Derivation("Adjustment.ClosedMonth", DerivationValue.Of(DerivationField.Order, orderId),
                DerivationValue.Of(DerivationField.Period, CommissionPeriod.Label(LadderWindow.Month, month)),
                DerivationValue.Of(DerivationField.PostedIn, CommissionPeriod.Label(LadderWindow.Month, postedIn)),
                DerivationValue.Of(DerivationField.ShouldNet, difference.Recalculated), DerivationValue.Of(DerivationField.Locked, difference.Current),
                DerivationValue.Of(DerivationField.Why, why)));
    }
}
