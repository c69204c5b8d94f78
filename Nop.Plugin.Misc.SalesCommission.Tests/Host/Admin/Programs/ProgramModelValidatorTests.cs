using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Programs;

/// <summary>Every bad input of the program editor is named next to its field; a good program passes.</summary>
[TestFixture]
public sealed class ProgramModelValidatorTests
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Programs.";
    private const string Problem = Prefix + "Problem.";

    private readonly ProgramModelValidator _validator = new(ResourceKeyLocalization.Create());

    private static ProgramModel Ladder() => new()
    {
        Name = "Ladder",
        ProgramTypeId = (int)ProgramType.Ladder,
        Bands =
        [
            new ProgramBandModel { From = 0m, To = 1000m, Rate = 2m },
            new ProgramBandModel { From = 1000m, Rate = 3m }
        ]
    };

    private static ProgramModel PercentOfOrder(decimal? rate, decimal? amount) => new()
    {
        Name = "Percent", ProgramTypeId = (int)ProgramType.PercentOfOrder, Rate = rate, FixedAmount = amount
    };

    [Test]
    public void A_contiguous_ladder_with_a_name_is_valid()
    {
        _validator.TestValidate(Ladder()).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(-1)]
    [TestCase(400)]
    public void A_program_hold_period_outside_0_to_365_days_is_named(int days)
    {
        var model = Ladder();
        model.HoldDays = days;

        _validator.TestValidate(model).ShouldHaveValidationErrorFor(nameof(ProgramModel.HoldDays))
            .WithErrorMessage("Plugins.Misc.SalesCommission.Hold.Days.Invalid");
    }

    [Test]
    public void A_program_following_the_store_s_hold_or_holding_30_days_is_valid()
    {
        var follows = Ladder();
        var holds = Ladder();
        holds.HoldDays = 30;

        _validator.TestValidate(follows).ShouldNotHaveAnyValidationErrors();
        _validator.TestValidate(holds).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void An_effective_date_outside_the_store_calendar_is_named()
    {
        var model = Ladder();
        model.EffectiveDate = new DateTime(9999, 12, 31);

        _validator.TestValidate(model).ShouldHaveValidationErrorFor(nameof(ProgramModel.EffectiveDate))
            .WithErrorMessage("Plugins.Misc.SalesCommission.Dates.OutOfRange");
    }

    [Test]
    public void An_empty_name_is_named()
    {
        var model = Ladder();
        model.Name = "  ";

        _validator.TestValidate(model).ShouldHaveValidationErrorFor(nameof(ProgramModel.Name)).WithErrorMessage(Problem + "NameMissing");
    }

    [Test]
    public void An_unknown_program_type_is_refused()
    {
        var model = Ladder();
        model.ProgramTypeId = 9;

        _validator.TestValidate(model).ShouldHaveValidationErrorFor(nameof(ProgramModel.ProgramTypeId)).WithErrorMessage(Prefix + "ProgramType.Invalid");
    }

    [TestCase(-1.0)]
    [TestCase(100.5)]
    public void A_percent_of_order_rate_below_0_or_over_100_is_named(double rate)
    {
        _validator.TestValidate(PercentOfOrder((decimal)rate, null))
            .ShouldHaveValidationErrorFor(nameof(ProgramModel.Rate)).WithErrorMessage(Problem + "RateOutOfRange");
    }

    [Test]
    public void Percent_of_order_takes_a_rate_or_a_fixed_amount_not_both_or_neither()
    {
        _validator.TestValidate(PercentOfOrder(5m, 10m))
            .ShouldHaveValidationErrorFor(nameof(ProgramModel.Rate)).WithErrorMessage(Problem + "RateAndFixedBoth");
        _validator.TestValidate(PercentOfOrder(null, null))
            .ShouldHaveValidationErrorFor(nameof(ProgramModel.Rate)).WithErrorMessage(Problem + "RateOrFixedMissing");
        _validator.TestValidate(PercentOfOrder(null, -5m))
            .ShouldHaveValidationErrorFor(nameof(ProgramModel.FixedAmount)).WithErrorMessage(Problem + "FixedNegative");
    }

    [Test]
    public void A_ladder_without_bands_is_named_on_the_bands()
    {
        var model = Ladder();
        model.Bands.Clear();

        _validator.TestValidate(model).ShouldHaveValidationErrorFor(nameof(ProgramModel.Bands)).WithErrorMessage(Problem + "LadderWithoutBands");
    }

    [Test]
    public void Bands_out_of_order_are_named_on_the_later_band_start()
    {
        var model = Ladder();
        model.Bands[1].To = null;
        model.Bands[0].To = null;
        model.Bands.Add(new ProgramBandModel { From = 500m, Rate = 4m });

        _validator.TestValidate(model).ShouldHaveValidationErrorFor("Bands[2].From").WithErrorMessage(Problem + "BandsOutOfOrder");
    }

    [Test]
    public void A_first_band_above_zero_is_named()
    {
        var model = Ladder();
        model.Bands[0].From = 10m;

        _validator.TestValidate(model).ShouldHaveValidationErrorFor("Bands[0].From").WithErrorMessage(Problem + "FirstBandNotAtZero");
    }

    [Test]
    public void A_gap_and_an_overlap_between_bands_are_named_on_the_band_end()
    {
        var gap = Ladder();
        gap.Bands[0].To = 900m;
        var overlap = Ladder();
        overlap.Bands[0].To = 1100m;

        _validator.TestValidate(gap).ShouldHaveValidationErrorFor("Bands[0].To").WithErrorMessage(Problem + "BandGap");
        _validator.TestValidate(overlap).ShouldHaveValidationErrorFor("Bands[0].To").WithErrorMessage(Problem + "BandOverlap");
    }

    [Test]
    public void A_band_with_neither_or_both_a_rate_and_a_fixed_amount_is_named()
    {
        var model = Ladder();
        model.Bands[0].Rate = null;
        model.Bands[1].FixedAmount = 20m;

        var result = _validator.TestValidate(model);

        result.ShouldHaveValidationErrorFor("Bands[0].Rate").WithErrorMessage(Problem + "BandPayMissing");
        result.ShouldHaveValidationErrorFor("Bands[1].Rate").WithErrorMessage(Problem + "BandPayBoth");
    }

    [Test]
    public void A_band_rate_over_100_is_named()
    {
        var model = Ladder();
        model.Bands[1].Rate = 101m;

        _validator.TestValidate(model).ShouldHaveValidationErrorFor("Bands[1].Rate").WithErrorMessage(Problem + "BandRateOutOfRange");
    }

    [Test]
    public void An_end_date_before_the_start_date_is_named_on_the_end_date()
    {
        var model = Ladder();
        model.ValidFrom = new DateTime(2026, 3, 1);
        model.ValidTo = new DateTime(2026, 2, 28);

        _validator.TestValidate(model).ShouldHaveValidationErrorFor(nameof(ProgramModel.ValidTo)).WithErrorMessage(Problem + "ValidToBeforeValidFrom");
    }

    [Test]
    public void Override_levels_outside_1_to_5_or_repeated_are_named_on_the_level()
    {
        var model = Ladder();
        model.OverrideLevels =
        [
            new ProgramOverrideLevelModel { Level = 6, Percent = 5m },
            new ProgramOverrideLevelModel { Level = 1, Percent = 5m },
            new ProgramOverrideLevelModel { Level = 1, Percent = 5m },
            new ProgramOverrideLevelModel { Level = 2, Percent = 101m }
        ];

        var result = _validator.TestValidate(model);

        result.ShouldHaveValidationErrorFor("OverrideLevels[0].Level").WithErrorMessage(Problem + "OverrideLevelOutOfRange");
        result.ShouldHaveValidationErrorFor("OverrideLevels[2].Level").WithErrorMessage(Problem + "OverrideLevelRepeated");
        result.ShouldHaveValidationErrorFor("OverrideLevels[3].Percent").WithErrorMessage(Problem + "OverridePercentOutOfRange");
        result.ShouldNotHaveValidationErrorFor("OverrideLevels[1].Level");
    }

    [Test]
    public void An_accelerator_out_of_range_or_half_given_is_named()
    {
        var outOfRange = Ladder();
        outOfRange.AcceleratorThresholdPercent = -1m;
        outOfRange.AcceleratorFactor = 0.5m;
        var halfGiven = Ladder();
        halfGiven.AcceleratorThresholdPercent = 100m;

        var result = _validator.TestValidate(outOfRange);

        result.ShouldHaveValidationErrorFor(nameof(ProgramModel.AcceleratorThresholdPercent)).WithErrorMessage(Problem + "AcceleratorThresholdNegative");
        result.ShouldHaveValidationErrorFor(nameof(ProgramModel.AcceleratorFactor)).WithErrorMessage(Problem + "AcceleratorFactorBelowOne");
        _validator.TestValidate(halfGiven)
            .ShouldHaveValidationErrorFor(nameof(ProgramModel.AcceleratorFactor)).WithErrorMessage(Problem + "AcceleratorIncomplete");
    }

    [Test]
    public void Product_rules_with_both_targets_or_a_rate_over_100_and_a_default_rate_over_100_are_named()
    {
        var model = new ProgramModel
        {
            Name = "Per product",
            ProgramTypeId = (int)ProgramType.PercentPerProduct,
            DefaultRate = 120m,
            ProductRules =
            [
                new ProgramProductRuleModel { ProductId = 1, CategoryId = 2, Rate = 5m },
                new ProgramProductRuleModel { CategoryId = 2, Rate = 150m },
                new ProgramProductRuleModel { ProductId = 3, Rate = 5m, FixedPerUnit = 1m }
            ]
        };

        var result = _validator.TestValidate(model);

        result.ShouldHaveValidationErrorFor(nameof(ProgramModel.DefaultRate)).WithErrorMessage(Problem + "DefaultRateOutOfRange");
        result.ShouldHaveValidationErrorFor("ProductRules[0].ProductId").WithErrorMessage(Problem + "ProductRuleTarget");
        result.ShouldHaveValidationErrorFor("ProductRules[1].Rate").WithErrorMessage(Problem + "ProductRuleRateOutOfRange");
        result.ShouldHaveValidationErrorFor("ProductRules[2].Rate").WithErrorMessage(Problem + "ProductRulePay");
    }

    [Test]
    public void First_order_needs_a_first_order_rate_and_a_regular_rate_within_range()
    {
        var model = new ProgramModel { Name = "First", ProgramTypeId = (int)ProgramType.FirstOrder, FirstOrderCount = 0, RegularRate = 150m };

        var result = _validator.TestValidate(model);

        result.ShouldHaveValidationErrorFor(nameof(ProgramModel.FirstOrderCount)).WithErrorMessage(Problem + "FirstOrderCountTooSmall");
        result.ShouldHaveValidationErrorFor(nameof(ProgramModel.FirstOrderRate)).WithErrorMessage(Problem + "FirstOrderRateMissing");
        result.ShouldHaveValidationErrorFor(nameof(ProgramModel.RegularRate)).WithErrorMessage(Problem + "RateOutOfRange");
    }

    [Test]
    public void Quantity_rules_paying_two_ways_or_with_a_maximum_below_the_minimum_are_named()
    {
        var model = new ProgramModel
        {
            Name = "Quantity",
            ProgramTypeId = (int)ProgramType.PerQuantity,
            QuantityRules =
            [
                new ProgramQuantityRuleModel { MinQty = 1, PerUnit = 1m, PerLine = 2m },
                new ProgramQuantityRuleModel { MinQty = 10, MaxQty = 5, Rate = 3m },
                new ProgramQuantityRuleModel { MinQty = 1, Rate = 101m }
            ]
        };

        var result = _validator.TestValidate(model);

        result.ShouldHaveValidationErrorFor("QuantityRules[0].PerUnit").WithErrorMessage(Problem + "QuantityRulePay");
        result.ShouldHaveValidationErrorFor("QuantityRules[1].MaxQty").WithErrorMessage(Problem + "QuantityRuleMaxBelowMin");
        result.ShouldHaveValidationErrorFor("QuantityRules[2].Rate").WithErrorMessage(Problem + "QuantityRuleRateOutOfRange");
    }

    [Test]
    public void Client_ids_that_are_not_whole_numbers_are_named()
    {
        var model = Ladder();
        model.ClientIds = "4, x";

        _validator.TestValidate(model).ShouldHaveValidationErrorFor(nameof(ProgramModel.ClientIds)).WithErrorMessage(Prefix + "Clients.Invalid");
    }

    [Test]
    public void A_simulation_ending_before_it_starts_is_named()
    {
        var model = Ladder();
        model.SimulateFrom = new DateTime(2026, 11, 10);
        model.SimulateTo = new DateTime(2026, 11, 1);

        _validator.TestValidate(model).ShouldHaveValidationErrorFor(nameof(ProgramModel.SimulateTo)).WithErrorMessage(Prefix + "Simulate.ToBeforeFrom");
    }
    private static ProgramModel ProductLadders() => new()
    {
        Name = "Product ladders",
        ProgramTypeId = (int)ProgramType.ProductLadder,
        ProductLadders =
        [
            new ProgramProductLadderModel
            {
                CategoryId = 5, LadderWindowId = (int)LadderWindow.Month,
                Bands = [new ProgramBandModel { From = 0m, To = 1000m, Rate = 2m }, new ProgramBandModel { From = 1000m, To = 5000m, Rate = 4m }]
            },
            new ProgramProductLadderModel { Bands = [new ProgramBandModel { From = 0m, Rate = 0.5m }] }
        ]
    };

    [Test]
    public void A_category_ladder_topped_by_its_last_band_and_a_default_ladder_are_valid()
    {
        _validator.TestValidate(ProductLadders()).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void A_product_ladders_band_is_named_in_its_ladders_table()
    {
        var model = ProductLadders();
        model.ProductLadders[0].Bands[1].To = 900m;
        model.ProductLadders[1].Bands[0].From = 10m;

        var result = _validator.TestValidate(model);

        result.ShouldHaveValidationErrorFor("ProductLadders[0].Bands[1].To").WithErrorMessage(Problem + "LastBandHasEnd");
        result.ShouldHaveValidationErrorFor("ProductLadders[1].Bands[0].From").WithErrorMessage(Problem + "FirstBandNotAtZero");
    }

    [Test]
    public void A_second_ladder_for_one_category_or_a_second_default_ladder_is_named_on_the_second()
    {
        var model = ProductLadders();
        model.ProductLadders.Add(new ProgramProductLadderModel { CategoryId = 5, Bands = [new ProgramBandModel { From = 0m, Rate = 1m }] });
        model.ProductLadders.Add(new ProgramProductLadderModel { Bands = [new ProgramBandModel { From = 0m, Rate = 1m }] });

        var result = _validator.TestValidate(model);

        result.ShouldHaveValidationErrorFor("ProductLadders[2].ProductId").WithErrorMessage(Problem + "ProductLadderRepeated");
        result.ShouldHaveValidationErrorFor("ProductLadders[3].ProductId").WithErrorMessage(Problem + "ProductLadderRepeated");
    }

    [Test]
    public void Caps_of_0_or_a_period_cap_without_its_period_are_named()
    {
        var model = Ladder();
        model.CapPerOrder = 0m;
        model.CapPerPeriodAmount = 100m;

        var result = _validator.TestValidate(model);

        result.ShouldHaveValidationErrorFor(nameof(ProgramModel.CapPerOrder)).WithErrorMessage(Problem + "CapPerOrderNotPositive");
        result.ShouldHaveValidationErrorFor(nameof(ProgramModel.CapPerPeriodWindowId)).WithErrorMessage(Problem + "CapPerPeriodIncomplete");
    }

    [Test]
    public void Excluded_product_ids_that_are_not_whole_numbers_are_named()
    {
        var model = Ladder();
        model.ExcludedProductIds = "12, gift cards";

        _validator.TestValidate(model).ShouldHaveValidationErrorFor(nameof(ProgramModel.ExcludedProductIds))
            .WithErrorMessage(Prefix + "ExcludedProducts.Invalid");
    }
}
