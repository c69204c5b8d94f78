using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Targets;

/// <summary>
/// The extra commission an accelerator adds to one order (rules §7), computed like a <c>Marginal</c> period
/// ladder on attainment with two bands: below threshold% × target the rate is ×1, above it ×Factor. Only the
/// part of this order's base that lies above the threshold within the period is accelerated:
/// <c>extra = (Factor − 1) × commission × (part above ÷ order base)</c>, where
/// <c>part above = (before + base) − max(before, threshold amount)</c>, floored at 0. The order that crosses the
/// threshold is accelerated only on its slice above it; earlier orders are never re-rated, and refunds do not
/// lower the period base (§5). Nothing is rounded: the caller adds the extra to the order's commission and
/// rounds the entry once (§4, §9.2).
/// </summary>
public static class AcceleratorCalculator
{
    /// <summary>The extra commission on one order, with its derivation (no result appended, as for <see cref="Commission"/>).</summary>
    /// <param name="accelerator">The program's accelerator.</param>
    /// <param name="commission">The program's commission on this order for this beneficiary as computed normally, unrounded.</param>
    /// <param name="periodBaseBefore">
    /// The beneficiary's credited NetSales in the target's period before this order (paid-date order, ties by order id, §9.6);
    /// for a NetSales program this is its period credited base.
    /// </param>
    /// <param name="orderBase">This order's credited NetSales for the beneficiary (split% × NetSales).</param>
    /// <param name="targetAmount">The beneficiary's target amount for the period, above 0.</param>
    /// <remarks>
    /// Attainment is measured in credited NetSales, so the share of the order above the threshold is too; for a
    /// program on another basis (Margin, OrderTotal) that share is applied to the program's own commission.
    /// </remarks>
    public static Commission Extra(
        Accelerator accelerator, ExactAmount commission, decimal periodBaseBefore, decimal orderBase, decimal targetAmount)
    {
        if (targetAmount <= 0m)
            throw new ArgumentOutOfRangeException(nameof(targetAmount), "The target amount must be above 0.");
        if (periodBaseBefore < 0m)
            throw new ArgumentOutOfRangeException(nameof(periodBaseBefore), "The period base before the order cannot be negative.");
        if (orderBase < 0m)
            throw new ArgumentOutOfRangeException(nameof(orderBase), "The order base cannot be negative.");

        var factor = DerivationValue.Of(DerivationField.Factor, accelerator.Factor);
        if (orderBase == 0m || commission.IsZero)
            return Commission.Nothing(() => new Derivation("Accelerator.Idle", factor));

        var threshold = DerivationValue.Of(DerivationField.Threshold, accelerator.ThresholdPercent);
        var target = DerivationValue.Of(DerivationField.Target, targetAmount);
        var after = periodBaseBefore + orderBase;
        var above = Math.Max(0m, after - Math.Max(periodBaseBefore, accelerator.ThresholdAmount(targetAmount)));
        if (above == 0m)
            return Commission.Nothing(() => new Derivation("Accelerator.Below", factor,
                DerivationValue.Of(DerivationField.PeriodBefore, periodBaseBefore), DerivationValue.Of(DerivationField.PeriodAfter, after), threshold, target));

        var uplift = accelerator.Factor - 1m;
        Derivation Derive(string kind) => new(kind, factor, DerivationValue.Of(DerivationField.Above, above),
            DerivationValue.Of(DerivationField.OrderBase, orderBase), threshold, target, DerivationValue.Of(DerivationField.Uplift, uplift),
            DerivationValue.Of(DerivationField.CommissionAmount, commission.Value));
        return above == orderBase
            ? new Commission(commission.Times(uplift), () => Derive("Accelerator"))
            : new Commission(
                new ExactAmount(commission.Numerator * uplift * above, commission.Denominator * orderBase),
                () => Derive("Accelerator.Part"));
    }
}
