using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>
/// How a scenario words a problem <see cref="ProgramDraftCheck"/> finds in a program (the path is
/// <see cref="ProgramProblemPath"/>'s): the rule is the check's, only the words are the scenario's.
/// </summary>
internal static class ProgramProblemText
{
    /// <summary>The words for a cap per period's window that is not a calendar period (also for a name that is no window at all).</summary>
    public const string CalendarWindow = "must be Month, Quarter or Year";

    private const string Percentage = "must be a percentage from 0 to 100";
    private const string NotNegative = "must not be negative";

    /// <summary>The message for a problem of <paramref name="draft"/>.</summary>
    public static string Of(ProgramProblem problem, ProgramDraft draft) => problem.Issue switch
    {
        ProgramIssue.BandGap => $"gap: the band ends at {BandEnd(problem, draft)} but the next starts at {NextBandStart(problem, draft)}",
        ProgramIssue.BandOverlap => $"overlap: the band ends at {BandEnd(problem, draft)} but the next starts at {NextBandStart(problem, draft)}",
        ProgramIssue.LastBandHasEnd =>
            $"the last band's 'to' caps the base and must be above its from {Money.FormatPlain(BandsOf(problem, draft)[problem.Index!.Value].From ?? 0m)}",
        ProgramIssue.OverrideLevelRepeated => $"level {draft.Hierarchy[problem.Index!.Value].Level} is given twice",
        ProgramIssue.NameMissing or ProgramIssue.BandFromMissing or ProgramIssue.FirstOrderRateMissing => "is required",
        ProgramIssue.ValidToBeforeValidFrom => "must not be before validFrom",
        ProgramIssue.RateOrFixedMissing => "PercentOfOrder needs one of rate, fixed",
        ProgramIssue.RateAndFixedBoth => "PercentOfOrder needs only one of rate, fixed",
        ProgramIssue.RateOutOfRange or ProgramIssue.BandRateOutOfRange or ProgramIssue.DefaultRateOutOfRange
            or ProgramIssue.ProductRuleRateOutOfRange or ProgramIssue.FirstOrderRateOutOfRange
            or ProgramIssue.QuantityRuleRateOutOfRange or ProgramIssue.OverridePercentOutOfRange => Percentage,
        ProgramIssue.FixedNegative or ProgramIssue.BandFixedNegative or ProgramIssue.ProductRuleFixedNegative
            or ProgramIssue.QuantityRuleMinNegative or ProgramIssue.AcceleratorThresholdNegative => NotNegative,
        ProgramIssue.LadderWithoutBands or ProgramIssue.ProductLadderWithoutBands => "a ladder needs at least one band",
        ProgramIssue.FirstBandNotAtZero => "the first band must start at 0",
        ProgramIssue.BandsOutOfOrder => "bands must ascend",
        ProgramIssue.BandPayMissing => "a band has one of rate, fixed",
        ProgramIssue.BandPayBoth => "a band has only one of rate, fixed",
        ProgramIssue.BandPaysLess =>
            "pays less at its start than the band below just under it (a WholeAmount ladder never pays less for more)",
        ProgramIssue.ProductRuleTarget => "a product rule names one of productId, categoryId",
        ProgramIssue.ProductRulePay => "a product rule pays one of rate, fixedPerUnit",
        ProgramIssue.ProductRuleRepeated => "a rule for this product or category comes earlier (one rule per product and per category)",
        ProgramIssue.FirstOrderCountTooSmall => "must be a whole number from 1",
        ProgramIssue.QuantityRulesMissing => "a PerQuantity program needs at least one rule",
        ProgramIssue.QuantityRuleTarget => "a quantity rule names a product or a category, not both",
        ProgramIssue.QuantityRulePay => "a quantity rule pays one of perUnit, perLine, rate",
        ProgramIssue.QuantityRuleMaxBelowMin => "must not be below minQty",
        ProgramIssue.QuantityRuleAmountNegative => "perUnit and perLine must not be negative",
        ProgramIssue.QuantityRuleOverlap =>
            "its quantity band overlaps an earlier rule's band for the same product, category or every product",
        ProgramIssue.OverrideLevelOutOfRange => "must be a whole number from 1 to 5",
        ProgramIssue.AcceleratorIncomplete => "needs both thresholdPercent and factor",
        ProgramIssue.AcceleratorFactorBelowOne => "must be at least 1",
        ProgramIssue.ProductLadderTarget => "a product ladder names only one of productId, categoryId",
        ProgramIssue.ProductLadderRepeated => "a ladder for this product or category comes earlier (one ladder per product and per category)",
        ProgramIssue.ProductLadderChoice => "has an unknown mode or window",
        ProgramIssue.CapPerOrderNotPositive or ProgramIssue.CapPerPeriodAmountNotPositive => "must be above 0",
        ProgramIssue.CapPerPeriodIncomplete => "needs both window and amount",
        ProgramIssue.CapPerPeriodWindowInvalid => CalendarWindow,
        ProgramIssue.TypeTermsRule when problem.Terms is { } terms => terms.Text,
        _ => problem.Issue.ToString()
    };

    private static IReadOnlyList<ProgramBandDraft> BandsOf(ProgramProblem problem, ProgramDraft draft) =>
        problem.LadderIndex is { } ladder ? draft.ProductLadders[ladder].Bands : draft.Bands;

    private static string BandEnd(ProgramProblem problem, ProgramDraft draft) =>
        Money.FormatPlain(BandsOf(problem, draft)[problem.Index!.Value].To ?? 0m);

    private static string NextBandStart(ProgramProblem problem, ProgramDraft draft) =>
        Money.FormatPlain(BandsOf(problem, draft)[problem.Index!.Value + 1].From ?? 0m);
}
