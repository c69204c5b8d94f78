using FsCheck;
using FsCheck.Fluent;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Targets;

/// <summary>
/// Rules §7 accelerators: above threshold% of the target the program's rate is multiplied by the factor,
/// for the part of the period's base above the threshold (a two-band Marginal ladder on attainment).
/// </summary>
[TestFixture]
public sealed class AcceleratorCalculatorTests
{
    private static readonly Accelerator AboveTarget = new(thresholdPercent: 100m, factor: 1.5m);

    private static decimal Extra(Accelerator accelerator, decimal commission, decimal before, decimal orderBase, decimal target) =>
        AcceleratorCalculator.Extra(accelerator, ExactAmount.Of(commission), before, orderBase, target).Amount.Value;

    [Test]
    public void Accelerator_multiplies_the_rate_on_the_part_of_the_order_above_the_threshold()
    {
        // Target 10000, 8000 credited before; order 4000 @5% = 200; 2000 of it lies above 100% of the target.
        var extra = Extra(AboveTarget, 200m, before: 8000m, orderBase: 4000m, target: 10000m);

        Assert.That((extra, Money.Round(200m + extra)), Is.EqualTo((50m, 250.00m)));
    }

    [Test]
    public void Accelerator_explains_which_part_of_the_order_it_accelerates()
    {
        var extra = AcceleratorCalculator.Extra(AboveTarget, ExactAmount.Of(200m), 8000m, 4000m, 10000m);

        Assert.That(extra.Derivation.EnglishText(),
            Is.EqualTo("accelerator ×1.5 on 2000.00 of 4000.00 above 100% of target 10000.00: 0.5 × 200.00 × 2000.00/4000.00"));
    }

    [Test]
    public void Order_entirely_below_the_threshold_earns_no_extra()
    {
        var extra = Extra(AboveTarget, 200m, before: 2000m, orderBase: 4000m, target: 10000m);

        Assert.That(extra, Is.EqualTo(0m));
    }

    [Test]
    public void Order_ending_exactly_at_the_threshold_earns_no_extra()
    {
        var extra = Extra(AboveTarget, 200m, before: 6000m, orderBase: 4000m, target: 10000m);

        Assert.That(extra, Is.EqualTo(0m));
    }

    [Test]
    public void Order_entirely_above_the_threshold_earns_factor_minus_one_times_its_commission()
    {
        var extra = Extra(AboveTarget, 200m, before: 12000m, orderBase: 4000m, target: 10000m);

        Assert.That(extra, Is.EqualTo(100m));
    }

    [Test]
    public void Threshold_below_100_percent_starts_the_factor_before_the_target_is_met()
    {
        // 80% of 10000 = 8000; before 6000 + order 4000 → 2000 above; factor 2 → 1 × 200 × 2000/4000.
        var extra = Extra(new Accelerator(80m, 2m), 200m, before: 6000m, orderBase: 4000m, target: 10000m);

        Assert.That(extra, Is.EqualTo(100m));
    }

    [Test]
    public void Accelerated_commission_is_rounded_once_from_the_exact_figures()
    {
        // 2000.30 @5% = 100.015, extra 50.0075: one rounding of 150.0225 gives 150.02 (rounding each part would give 150.03).
        var extra = Extra(AboveTarget, 100.015m, before: 12000m, orderBase: 2000.30m, target: 10000m);

        Assert.That(Money.Round(100.015m + extra), Is.EqualTo(150.02m));
    }

    [Test]
    public void Accelerator_keeps_the_commission_exact_over_its_denominator()
    {
        // A commission of 1/3 (an exact line share), half of the order above the threshold, factor 1.5: 0.5 × 1/3 × 1/2 = 1/12.
        var extra = AcceleratorCalculator.Extra(AboveTarget, new ExactAmount(1m, 3m), 9000m, 2000m, 10000m);

        Assert.That(extra.Amount.Value * 12m, Is.EqualTo(1m).Within(1e-20m));
    }

    [Test]
    public void Accelerator_needs_a_factor_of_at_least_one_and_a_threshold_of_at_least_zero()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new Accelerator(100m, 0.9m), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => new Accelerator(-1m, 1.5m), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    /// <summary>A PercentOfOrder program at a rate, accelerated: the commission the beneficiary sees before rounding.</summary>
    private sealed record Case(decimal Target, Accelerator Accelerator, decimal Before, decimal Rate, decimal BaseA, decimal BaseB)
    {
        public decimal Threshold => Accelerator.ThresholdAmount(Target);

        public decimal Accelerated(decimal orderBase)
        {
            var commission = orderBase * Rate / 100m;
            return commission + AcceleratorCalculator.Extra(Accelerator, ExactAmount.Of(commission), Before, orderBase, Target).Amount.Value;
        }
    }

    private static Arbitrary<Case> Cases() => Arb.From(
        from target in Gen.Choose(1, 5_000_000)
        from threshold in Gen.Choose(0, 200)
        from factor in Gen.Choose(100, 300)
        from before in Gen.Choose(0, 10_000_000)
        from rate in Gen.Choose(0, 2_000)
        from baseA in Gen.Choose(0, 10_000_000)
        from baseB in Gen.Choose(0, 10_000_000)
        select new Case(target / 100m, new Accelerator(threshold, factor / 100m), before / 100m, rate / 100m, baseA / 100m, baseB / 100m));

    [FsCheck.NUnit.Property(MaxTest = 1000)]
    public Property Accelerated_commission_never_decreases_as_the_order_base_grows() =>
        Prop.ForAll(Cases(), c =>
        {
            var (smaller, larger) = (Math.Min(c.BaseA, c.BaseB), Math.Max(c.BaseA, c.BaseB));
            return c.Accelerated(smaller) <= c.Accelerated(larger);
        });

    [FsCheck.NUnit.Property(MaxTest = 1000)]
    public Property Accelerated_commission_is_continuous_at_the_threshold() =>
        Prop.ForAll(Cases(), c =>
        {
            // Order bases that end the period just below, at and just above the threshold: one cent either side
            // moves the commission by at most one cent at the plain rate below and at the accelerated rate above.
            var atThreshold = Math.Max(0m, c.Threshold - c.Before);
            var cent = 0.01m;
            var at = c.Accelerated(atThreshold);
            var above = c.Accelerated(atThreshold + cent);
            var below = atThreshold >= cent ? c.Accelerated(atThreshold - cent) : at;
            return at - below <= cent * c.Rate / 100m
                   && above - at <= cent * c.Rate / 100m * c.Accelerator.Factor;
        });
}
