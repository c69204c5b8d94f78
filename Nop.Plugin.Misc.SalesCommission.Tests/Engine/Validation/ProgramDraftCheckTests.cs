using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Validation;

/// <summary>Rules §3: a program is saved only with a name, valid dates and its own type's terms in range.</summary>
[TestFixture]
public sealed class ProgramCheckTests
{
    private static readonly ProgramDraft Ladder = new()
    {
        Name = "Ladder",
        Type = ProgramType.Ladder,
        Bands = [new(0m, 1000m, 5m, null), new(1000m, null, 8m, null)]
    };

    private static ProgramProblem[] Check(ProgramDraft draft) => ProgramDraftCheck.Check(draft).ToArray();

    [Test]
    public void A_contiguous_ascending_ladder_from_zero_is_valid()
    {
        Assert.That(Check(Ladder), Is.Empty);
    }

    [Test]
    public void A_band_left_open_up_to_the_next_start_is_valid()
    {
        Assert.That(Check(Ladder with { Bands = [new(0m, null, 5m, null), new(500m, null, null, 25m)] }), Is.Empty);
    }

    [Test]
    public void A_blank_name_and_an_end_before_the_start_are_named()
    {
        var draft = Ladder with { Name = " ", ValidFrom = new DateOnly(2026, 3, 1), ValidTo = new DateOnly(2026, 2, 1) };

        Assert.That(Check(draft), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.NameMissing), new ProgramProblem(ProgramIssue.ValidToBeforeValidFrom)
        }));
    }

    [Test]
    public void A_ladder_without_bands_is_refused()
    {
        Assert.That(Check(Ladder with { Bands = [] }), Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.LadderWithoutBands) }));
    }

    [Test]
    public void A_first_band_above_zero_is_refused()
    {
        Assert.That(Check(Ladder with { Bands = [new(100m, null, 5m, null)] }),
            Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.FirstBandNotAtZero, 0) }));
    }

    [Test]
    public void Bands_out_of_order_are_refused_on_the_later_band()
    {
        var draft = Ladder with { Bands = [new(0m, null, 5m, null), new(1000m, null, 6m, null), new(500m, null, 7m, null)] };

        Assert.That(Check(draft), Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.BandsOutOfOrder, 2) }));
    }

    [Test]
    public void A_band_ending_before_the_next_start_leaves_a_gap()
    {
        var draft = Ladder with { Bands = [new(0m, 900m, 5m, null), new(1000m, null, 8m, null)] };

        Assert.That(Check(draft), Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.BandGap, 0) }));
    }

    [Test]
    public void A_band_ending_after_the_next_start_overlaps()
    {
        var draft = Ladder with { Bands = [new(0m, 1100m, 5m, null), new(1000m, null, 8m, null)] };

        Assert.That(Check(draft), Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.BandOverlap, 0) }));
    }

    [Test]
    public void A_last_band_may_carry_a_to_above_its_from_which_caps_the_base()
    {
        var draft = Ladder with { Bands = [new(0m, 1000m, 5m, null), new(1000m, 2000m, 8m, null)] };

        Assert.That(Check(draft), Is.Empty);
    }

    [Test]
    public void A_last_band_to_at_or_below_its_from_is_refused_on_the_last_band()
    {
        var atFrom = Ladder with { Bands = [new(0m, 1000m, 5m, null), new(1000m, 1000m, 8m, null)] };
        var below = Ladder with { Bands = [new(0m, 1000m, 5m, null), new(1000m, 900m, 8m, null)] };

        Assert.That(Check(atFrom), Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.LastBandHasEnd, 1) }));
        Assert.That(Check(below), Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.LastBandHasEnd, 1) }));
    }

    [Test]
    public void A_band_pays_a_rate_or_a_fixed_amount_not_neither_or_both()
    {
        var draft = Ladder with { Bands = [new(0m, null, null, null), new(1000m, null, 8m, 20m)] };

        Assert.That(Check(draft), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.BandPayMissing, 0), new ProgramProblem(ProgramIssue.BandPayBoth, 1)
        }));
    }

    [Test]
    public void A_band_rate_over_100_and_a_negative_band_amount_are_refused()
    {
        var draft = Ladder with { Bands = [new(0m, null, 100.01m, null), new(1000m, null, null, -1m)] };

        Assert.That(Check(draft), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.BandRateOutOfRange, 0), new ProgramProblem(ProgramIssue.BandFixedNegative, 1)
        }));
    }

    [TestCase(null, null, ProgramIssue.RateOrFixedMissing)]
    [TestCase(5.0, 10.0, ProgramIssue.RateAndFixedBoth)]
    [TestCase(-0.5, null, ProgramIssue.RateOutOfRange)]
    [TestCase(100.5, null, ProgramIssue.RateOutOfRange)]
    [TestCase(null, -3.0, ProgramIssue.FixedNegative)]
    public void Percent_of_order_pays_one_rate_from_0_to_100_or_one_fixed_amount(double? rate, double? amount, ProgramIssue issue)
    {
        var draft = new ProgramDraft { Name = "P", Type = ProgramType.PercentOfOrder, Rate = (decimal?)rate, Fixed = (decimal?)amount };

        Assert.That(Check(draft), Is.EqualTo(new[] { new ProgramProblem(issue) }));
    }

    [Test]
    public void Percent_of_order_at_exactly_100_percent_or_a_fixed_zero_is_valid()
    {
        Assert.That(Check(new ProgramDraft { Name = "P", Type = ProgramType.PercentOfOrder, Rate = 100m }), Is.Empty);
        Assert.That(Check(new ProgramDraft { Name = "P", Type = ProgramType.PercentOfOrder, Fixed = 0m }), Is.Empty);
    }

    [Test]
    public void Terms_of_another_type_are_not_checked()
    {
        var draft = Ladder with { Rate = 500m, Fixed = -1m, FirstOrderRate = 300m, QuantityRules = [new(null, null, -1, null, null, null, null)] };

        Assert.That(Check(draft), Is.Empty);
    }

    [Test]
    public void Product_rules_name_one_target_and_one_way_to_pay_within_range()
    {
        var draft = new ProgramDraft
        {
            Name = "PP",
            Type = ProgramType.PercentPerProduct,
            DefaultRate = 101m,
            ProductRules =
            [
                new("1", null, 10m, null),
                new(null, null, 10m, null),
                new("2", "3", null, 1m),
                new("4", null, null, null),
                new(null, "5", 150m, null),
                new("6", null, null, -2m)
            ]
        };

        Assert.That(Check(draft), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.DefaultRateOutOfRange),
            new ProgramProblem(ProgramIssue.ProductRuleTarget, 1),
            new ProgramProblem(ProgramIssue.ProductRuleTarget, 2),
            new ProgramProblem(ProgramIssue.ProductRulePay, 3),
            new ProgramProblem(ProgramIssue.ProductRuleRateOutOfRange, 4),
            new ProgramProblem(ProgramIssue.ProductRuleFixedNegative, 5)
        }));
    }

    [Test]
    public void First_order_needs_a_count_of_at_least_one_and_rates_within_range()
    {
        var missing = new ProgramDraft { Name = "F", Type = ProgramType.FirstOrder, FirstOrderCount = 0, Rate = 120m };
        var tooHigh = new ProgramDraft { Name = "F", Type = ProgramType.FirstOrder, FirstOrderCount = 2, FirstOrderRate = 101m, Rate = 2m };

        Assert.That(Check(missing), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.FirstOrderCountTooSmall),
            new ProgramProblem(ProgramIssue.FirstOrderRateMissing),
            new ProgramProblem(ProgramIssue.RateOutOfRange)
        }));
        Assert.That(Check(tooHigh), Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.FirstOrderRateOutOfRange) }));
    }

    [Test]
    public void Quantity_rules_are_required_and_each_pays_exactly_one_way_over_a_valid_band()
    {
        var draft = new ProgramDraft
        {
            Name = "Q",
            Type = ProgramType.PerQuantity,
            QuantityRules =
            [
                new("1", null, 1, 9, 2m, null, null),
                new("1", "2", 10, null, null, 5m, null),
                new(null, null, 1, null, 1m, 1m, null),
                new(null, "2", -1, null, null, null, 4m),
                new(null, "2", 10, 5, null, null, 101m),
                new(null, null, 1, null, null, -1m, null)
            ]
        };

        Assert.That(Check(draft), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.QuantityRuleTarget, 1),
            new ProgramProblem(ProgramIssue.QuantityRulePay, 2),
            new ProgramProblem(ProgramIssue.QuantityRuleMinNegative, 3),
            new ProgramProblem(ProgramIssue.QuantityRuleMaxBelowMin, 4),
            new ProgramProblem(ProgramIssue.QuantityRuleRateOutOfRange, 4),
            new ProgramProblem(ProgramIssue.QuantityRuleAmountNegative, 5),
            new ProgramProblem(ProgramIssue.QuantityRuleOverlap, 5)
        }));
        Assert.That(Check(draft with { QuantityRules = [] }), Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.QuantityRulesMissing) }));
    }

    [Test]
    public void A_second_rule_for_one_product_or_category_is_refused_at_the_second_rule()
    {
        var draft = new ProgramDraft
        {
            Name = "P",
            Type = ProgramType.PercentPerProduct,
            ProductRules = [new("1", null, 5m, null), new(null, "2", 3m, null), new(null, "2", 4m, null), new("1", null, null, 1m)]
        };

        Assert.That(Check(draft), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.ProductRuleRepeated, 2),
            new ProgramProblem(ProgramIssue.ProductRuleRepeated, 3)
        }));
    }

    [Test]
    public void A_whole_amount_ladder_that_pays_less_for_more_is_refused_at_the_band_but_a_marginal_one_is_saved()
    {
        var draft = new ProgramDraft
        {
            Name = "L",
            Type = ProgramType.Ladder,
            LadderMode = LadderMode.WholeAmount,
            Bands = [new(0m, null, 3m, null), new(1000m, null, 2m, null)]
        };

        Assert.That(Check(draft), Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.BandPaysLess, 1) }));
        Assert.That(Check(draft with { LadderMode = LadderMode.Marginal }), Is.Empty);
    }

    [Test]
    public void Override_levels_run_from_1_to_5_each_once_with_a_percent_within_range()
    {
        var draft = Ladder with
        {
            Hierarchy =
            [
                new(1, 10m, OverrideBase.OfCommission),
                new(1, 5m, OverrideBase.OfSales),
                new(6, 5m, OverrideBase.OfCommission),
                new(0, 5m, OverrideBase.OfCommission),
                new(2, 101m, OverrideBase.OfCommission)
            ]
        };

        Assert.That(Check(draft), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.OverrideLevelRepeated, 1),
            new ProgramProblem(ProgramIssue.OverrideLevelOutOfRange, 2),
            new ProgramProblem(ProgramIssue.OverrideLevelOutOfRange, 3),
            new ProgramProblem(ProgramIssue.OverridePercentOutOfRange, 4)
        }));
    }

    [Test]
    public void An_accelerator_needs_both_a_threshold_of_at_least_0_and_a_factor_of_at_least_1()
    {
        Assert.That(Check(Ladder with { AcceleratorThresholdPercent = 100m }),
            Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.AcceleratorIncomplete) }));
        Assert.That(Check(Ladder with { AcceleratorThresholdPercent = -1m, AcceleratorFactor = 0.9m }), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.AcceleratorThresholdNegative), new ProgramProblem(ProgramIssue.AcceleratorFactorBelowOne)
        }));
        Assert.That(Check(Ladder with { AcceleratorThresholdPercent = 100m, AcceleratorFactor = 1.5m }), Is.Empty);
    }
    private static readonly ProgramDraft ProductLadders = new()
    {
        Name = "Notebooks ladder",
        Type = ProgramType.ProductLadder,
        ProductLadders =
        [
            new("7", null, LadderMode.Marginal, LadderWindow.Month, [new(0m, 1000m, 2m, null), new(1000m, null, 4m, null)]),
            new(null, "3", LadderMode.WholeAmount, LadderWindow.PerOrder, [new(0m, null, 1m, null)]),
            new(null, null, LadderMode.Marginal, LadderWindow.PerOrder, [new(0m, null, 0.5m, null)])
        ]
    };

    [Test]
    public void Product_ladders_for_a_product_a_category_and_a_default_ladder_are_valid()
    {
        Assert.That(Check(ProductLadders), Is.Empty);
    }

    [Test]
    public void A_second_ladder_for_one_product_or_category_or_a_second_default_ladder_is_refused_at_the_second()
    {
        var ladder = new ProductLadderDraft(null, null, LadderMode.Marginal, LadderWindow.PerOrder, [new(0m, null, 1m, null)]);
        var draft = ProductLadders with
        {
            ProductLadders =
            [
                .. ProductLadders.ProductLadders,
                ladder with { ProductId = "7" },
                ladder with { CategoryId = "3" },
                ladder
            ]
        };

        Assert.That(Check(draft), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.ProductLadderRepeated, 3),
            new ProgramProblem(ProgramIssue.ProductLadderRepeated, 4),
            new ProgramProblem(ProgramIssue.ProductLadderRepeated, 5)
        }));
    }

    [Test]
    public void A_product_ladder_names_at_most_one_target_and_needs_bands_and_known_choices()
    {
        var draft = ProductLadders with
        {
            ProductLadders =
            [
                new("7", "3", LadderMode.Marginal, LadderWindow.Month, [new(0m, null, 2m, null)]),
                new("8", null, (LadderMode)9, LadderWindow.Month, [new(0m, null, 2m, null)]),
                new("9", null, LadderMode.Marginal, LadderWindow.Month, [])
            ]
        };

        Assert.That(Check(draft), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.ProductLadderTarget, 0),
            new ProgramProblem(ProgramIssue.ProductLadderChoice, 1),
            new ProgramProblem(ProgramIssue.ProductLadderWithoutBands, 2)
        }));
    }

    [Test]
    public void A_product_ladders_bands_are_checked_like_the_order_ladders_and_named_with_their_ladder()
    {
        var draft = ProductLadders with
        {
            ProductLadders =
            [
                new("7", null, LadderMode.Marginal, LadderWindow.Month, [new(0m, null, 2m, null)]),
                new(null, "3", LadderMode.WholeAmount, LadderWindow.Month,
                    [new(100m, null, 3m, null), new(1000m, null, 2m, 5m), new(2000m, 1500m, 1m, null)])
            ]
        };

        Assert.That(Check(draft), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.FirstBandNotAtZero, 0, 1),
            new ProgramProblem(ProgramIssue.BandPayBoth, 1, 1),
            new ProgramProblem(ProgramIssue.LastBandHasEnd, 2, 1),
            new ProgramProblem(ProgramIssue.BandPaysLess, 1, 1)
        }));
    }

    [Test]
    public void Caps_are_above_zero_and_a_period_cap_names_a_calendar_window_and_an_amount()
    {
        Assert.That(Check(Ladder with { CapPerOrder = 50m, CapPerPeriodWindow = LadderWindow.Month, CapPerPeriodAmount = 100m }), Is.Empty);
        Assert.That(Check(Ladder with { CapPerOrder = 0m, CapPerPeriodWindow = LadderWindow.PerOrder, CapPerPeriodAmount = -1m }), Is.EqualTo(new[]
        {
            new ProgramProblem(ProgramIssue.CapPerOrderNotPositive),
            new ProgramProblem(ProgramIssue.CapPerPeriodWindowInvalid),
            new ProgramProblem(ProgramIssue.CapPerPeriodAmountNotPositive)
        }));
        Assert.That(Check(Ladder with { CapPerPeriodAmount = 100m }),
            Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.CapPerPeriodIncomplete) }));
        Assert.That(Check(Ladder with { CapPerPeriodWindow = LadderWindow.Quarter }),
            Is.EqualTo(new[] { new ProgramProblem(ProgramIssue.CapPerPeriodIncomplete) }));
    }
}
