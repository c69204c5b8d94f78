namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>What is wrong with a program draft (rules §3).</summary>
public enum ProgramIssue
{
    /// <summary>The program has no name.</summary>
    NameMissing = 0,

    /// <summary>The last paid date is before the first.</summary>
    ValidToBeforeValidFrom = 1,

    /// <summary>PercentOfOrder names neither a rate nor a fixed amount.</summary>
    RateOrFixedMissing = 2,

    /// <summary>PercentOfOrder names both a rate and a fixed amount.</summary>
    RateAndFixedBoth = 3,

    /// <summary>The program's rate (PercentOfOrder rate, FirstOrder regular rate) is below 0 or above 100.</summary>
    RateOutOfRange = 4,

    /// <summary>The fixed amount per order is negative.</summary>
    FixedNegative = 5,

    /// <summary>A ladder has no band.</summary>
    LadderWithoutBands = 10,

    /// <summary>A band has no start (of the program's ladder, or of a product ladder: see <see cref="ProgramProblem.LadderIndex"/>).</summary>
    BandFromMissing = 11,

    /// <summary>The first band does not start at 0.</summary>
    FirstBandNotAtZero = 12,

    /// <summary>A band does not start above the band before it.</summary>
    BandsOutOfOrder = 13,

    /// <summary>A band ends before the next one starts.</summary>
    BandGap = 14,

    /// <summary>A band ends after the next one starts.</summary>
    BandOverlap = 15,

    /// <summary>The last band's end (a cap on the base, rules §3.4) is not above its start.</summary>
    LastBandHasEnd = 16,

    /// <summary>A band names neither a rate nor a fixed amount.</summary>
    BandPayMissing = 17,

    /// <summary>A band names both a rate and a fixed amount.</summary>
    BandPayBoth = 18,

    /// <summary>A band's rate is below 0 or above 100.</summary>
    BandRateOutOfRange = 19,

    /// <summary>A band's fixed amount is negative.</summary>
    BandFixedNegative = 20,

    /// <summary>A WholeAmount band pays less at its start than the band below pays just under it (rules §9.14).</summary>
    BandPaysLess = 21,

    /// <summary>The default rate is below 0 or above 100.</summary>
    DefaultRateOutOfRange = 30,

    /// <summary>A product rule names neither a product nor a category, or both.</summary>
    ProductRuleTarget = 31,

    /// <summary>A product rule names neither a rate nor a fixed amount per unit, or both.</summary>
    ProductRulePay = 32,

    /// <summary>A product rule's rate is below 0 or above 100.</summary>
    ProductRuleRateOutOfRange = 33,

    /// <summary>A product rule's fixed amount per unit is negative.</summary>
    ProductRuleFixedNegative = 34,

    /// <summary>A product rule names a product or a category an earlier rule already names (rules §9.13).</summary>
    ProductRuleRepeated = 35,

    /// <summary>FirstOrder pays fewer than one first order.</summary>
    FirstOrderCountTooSmall = 40,

    /// <summary>FirstOrder has no first-order rate.</summary>
    FirstOrderRateMissing = 41,

    /// <summary>The first-order rate is below 0 or above 100.</summary>
    FirstOrderRateOutOfRange = 42,

    /// <summary>A PerQuantity program has no rule.</summary>
    QuantityRulesMissing = 50,

    /// <summary>A quantity rule names both a product and a category.</summary>
    QuantityRuleTarget = 51,

    /// <summary>A quantity rule pays none, or more than one, of per unit, per line and rate.</summary>
    QuantityRulePay = 52,

    /// <summary>A quantity rule's smallest quantity is negative.</summary>
    QuantityRuleMinNegative = 53,

    /// <summary>A quantity rule's largest quantity is below its smallest.</summary>
    QuantityRuleMaxBelowMin = 54,

    /// <summary>A quantity rule's rate is below 0 or above 100.</summary>
    QuantityRuleRateOutOfRange = 55,

    /// <summary>A quantity rule's amount per unit or per line is negative.</summary>
    QuantityRuleAmountNegative = 56,

    /// <summary>A quantity rule's band overlaps an earlier band of the same product, category or every product (rules §9.13).</summary>
    QuantityRuleOverlap = 57,

    /// <summary>An override level is not 1 to 5.</summary>
    OverrideLevelOutOfRange = 60,

    /// <summary>An override level is given twice.</summary>
    OverrideLevelRepeated = 61,

    /// <summary>An override percentage is below 0 or above 100.</summary>
    OverridePercentOutOfRange = 62,

    /// <summary>Only one of the accelerator's threshold and factor is given.</summary>
    AcceleratorIncomplete = 70,

    /// <summary>The accelerator's threshold is negative.</summary>
    AcceleratorThresholdNegative = 71,

    /// <summary>The accelerator's factor is below 1.</summary>
    AcceleratorFactorBelowOne = 72,

    /// <summary>A product ladder names both a product and a category.</summary>
    ProductLadderTarget = 80,

    /// <summary>A product ladder names a product or a category an earlier ladder already names, or is a second default ladder (rules §8).</summary>
    ProductLadderRepeated = 81,

    /// <summary>A product ladder has an unknown mode or window.</summary>
    ProductLadderChoice = 82,

    /// <summary>A product ladder has no band.</summary>
    ProductLadderWithoutBands = 83,

    /// <summary>The cap per order is not above 0 (rules §3.4).</summary>
    CapPerOrderNotPositive = 90,

    /// <summary>Only one of the cap per period's window and amount is given.</summary>
    CapPerPeriodIncomplete = 91,

    /// <summary>The cap per period's window is not Month, Quarter or Year.</summary>
    CapPerPeriodWindowInvalid = 92,

    /// <summary>The cap per period's amount is not above 0 (rules §3.4).</summary>
    CapPerPeriodAmountNotPositive = 93,

    /// <summary>A rule of a type's own terms (<see cref="ProgramProblem.Terms"/> says which, where and in what words).</summary>
    TypeTermsRule = 100
}
