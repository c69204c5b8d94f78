using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>
/// Checks a program draft before it is saved (rules §3, the same rules a scenario's programs are read with): a name,
/// valid dates, the terms of its own type (rates 0–100, amounts not negative, exactly one way to pay, ladder bands
/// contiguous and ascending from 0, a last band's 'to' above its start, one product ladder per product and per
/// category), caps above 0 (rules §3.4), override levels 1–5 named once, and a complete accelerator that never slows
/// commission down. Terms of other types are not looked at: they are not saved.
/// </summary>
public static class ProgramDraftCheck
{
    private const decimal MaxRate = 100m;
    private const int MaxOverrideLevel = 5;

    /// <summary>Finds every problem of a draft; none means it may be saved.</summary>
    /// <param name="draft">The program as entered.</param>
    /// <returns>The problems: the program's fields first, then its terms' rows in order, then hierarchy and accelerator.</returns>
    public static IReadOnlyList<ProgramProblem> Check(ProgramDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        var problems = new List<ProgramProblem>();
        if (string.IsNullOrWhiteSpace(draft.Name))
            problems.Add(new ProgramProblem(ProgramIssue.NameMissing));
        if (draft.ValidFrom is { } from && draft.ValidTo is { } to && to < from)
            problems.Add(new ProgramProblem(ProgramIssue.ValidToBeforeValidFrom));

        switch (draft.Type)
        {
            case ProgramType.PercentOfOrder:
                CheckPercentOfOrder(draft, problems);
                break;
            case ProgramType.Ladder:
                if (draft.Bands.Count == 0)
                    problems.Add(new ProgramProblem(ProgramIssue.LadderWithoutBands));
                CheckBands(draft.LadderMode, draft.Bands, null, problems);
                break;
            case ProgramType.PercentPerProduct:
                CheckProductRules(draft, problems);
                break;
            case ProgramType.FirstOrder:
                CheckFirstOrder(draft, problems);
                break;
            case ProgramType.PerQuantity:
                CheckQuantityRules(draft.QuantityRules, problems);
                break;
            case ProgramType.ProductLadder:
                CheckProductLadders(draft.ProductLadders, problems);
                break;
            default:
                //a type with terms of its own: the record's rules, with the field and wording it gives
                if (draft.TypeTerms is { } terms)
                    problems.AddRange(terms.Problems().Select(problem => new ProgramProblem(ProgramIssue.TypeTermsRule, Terms: problem)));
                break;
        }

        CheckCaps(draft, problems);
        CheckHierarchy(draft.Hierarchy, problems);
        CheckAccelerator(draft, problems);
        return problems;
    }

    /// <summary>True when a rate is a percentage from 0 to 100.</summary>
    public static bool IsRate(decimal rate) => rate is >= 0m and <= MaxRate;

    private static void CheckPercentOfOrder(ProgramDraft draft, List<ProgramProblem> problems)
    {
        if (draft.Rate is null && draft.Fixed is null)
            problems.Add(new ProgramProblem(ProgramIssue.RateOrFixedMissing));
        else if (draft.Rate is not null && draft.Fixed is not null)
            problems.Add(new ProgramProblem(ProgramIssue.RateAndFixedBoth));
        if (draft.Rate is { } rate && !IsRate(rate))
            problems.Add(new ProgramProblem(ProgramIssue.RateOutOfRange));
        if (draft.Fixed < 0m)
            problems.Add(new ProgramProblem(ProgramIssue.FixedNegative));
    }

    /// <summary>Checks the bands of the program's ladder (<paramref name="ladderIndex"/> null) or of one product ladder.</summary>
    private static void CheckBands(LadderMode mode, IReadOnlyList<ProgramBandDraft> bands, int? ladderIndex, List<ProgramProblem> problems)
    {
        for (var index = 0; index < bands.Count; index++)
        {
            var at = index;
            ProgramProblem Problem(ProgramIssue issue) => new(issue, at, ladderIndex);

            var band = bands[index];
            if (band.From is not { } from)
                problems.Add(Problem(ProgramIssue.BandFromMissing));
            else if (index == 0 && from != 0m)
                problems.Add(Problem(ProgramIssue.FirstBandNotAtZero));
            else if (index > 0 && bands[index - 1].From is { } previous && from <= previous)
                problems.Add(Problem(ProgramIssue.BandsOutOfOrder));

            if (BandEndIssue(bands, index) is { } endIssue)
                problems.Add(Problem(endIssue));
            if (PayIssue(band.Rate, band.Fixed, ProgramIssue.BandPayMissing, ProgramIssue.BandPayBoth) is { } payIssue)
                problems.Add(Problem(payIssue));
            if (band.Rate is { } rate && !IsRate(rate))
                problems.Add(Problem(ProgramIssue.BandRateOutOfRange));
            if (band.Fixed < 0m)
                problems.Add(Problem(ProgramIssue.BandFixedNegative));
        }

        if (bands.Count == 0 || bands.Any(band => band.From is null))
            return;
        var ladder = bands.Select(band => new LadderBand(band.From!.Value, band.To, band.Rate, band.Fixed)).ToList();
        if (LadderRules.FirstFallingBand(mode, ladder) is { } falling)
            problems.Add(new ProgramProblem(ProgramIssue.BandPaysLess, falling, ladderIndex));
    }

    /// <summary>
    /// What is wrong with a band's end: before a later band, a gap or an overlap with the next band's start; on the last
    /// band, an end that is not above its start (the last band's 'to' caps the base, rules §3.4).
    /// </summary>
    private static ProgramIssue? BandEndIssue(IReadOnlyList<ProgramBandDraft> bands, int index)
    {
        if (bands[index].To is not { } end)
            return null;
        if (index == bands.Count - 1)
            return bands[index].From is { } from && !LadderRules.IsTopAboveStart(from, end) ? ProgramIssue.LastBandHasEnd : null;
        if (bands[index + 1].From is not { } next || end == next)
            return null;
        return end < next ? ProgramIssue.BandGap : ProgramIssue.BandOverlap;
    }

    private static ProgramIssue? PayIssue(decimal? rate, decimal? amount, ProgramIssue missing, ProgramIssue both) =>
        rate is null && amount is null ? missing
        : rate is not null && amount is not null ? both
        : null;

    private static void CheckProductLadders(IReadOnlyList<ProductLadderDraft> ladders, List<ProgramProblem> problems)
    {
        for (var index = 0; index < ladders.Count; index++)
        {
            var ladder = ladders[index];
            if (ladder.ProductId is not null && ladder.CategoryId is not null)
                problems.Add(new ProgramProblem(ProgramIssue.ProductLadderTarget, index));
            if (!Enum.IsDefined(ladder.Mode) || !Enum.IsDefined(ladder.Window))
                problems.Add(new ProgramProblem(ProgramIssue.ProductLadderChoice, index));
            if (ladder.Bands.Count == 0)
                problems.Add(new ProgramProblem(ProgramIssue.ProductLadderWithoutBands, index));
            CheckBands(ladder.Mode, ladder.Bands, index, problems);
        }

        //a ladder naming neither is the default ladder: a second one repeats it as a second ladder of a product would
        var rules = ladders.Select(ladder => new ProductLadderRule(ladder.ProductId, ladder.CategoryId,
            new Ladder(ladder.Mode, ladder.Window, []))).ToList();
        foreach (var index in RuleTargets.RepeatedProductLadders(rules))
            problems.Add(new ProgramProblem(ProgramIssue.ProductLadderRepeated, index));
    }

    private static void CheckCaps(ProgramDraft draft, List<ProgramProblem> problems)
    {
        if (draft.CapPerOrder is { } perOrder && !CommissionCap.IsCapAmount(perOrder))
            problems.Add(new ProgramProblem(ProgramIssue.CapPerOrderNotPositive));
        if ((draft.CapPerPeriodWindow is null) != (draft.CapPerPeriodAmount is null))
            problems.Add(new ProgramProblem(ProgramIssue.CapPerPeriodIncomplete));
        if (draft.CapPerPeriodWindow is { } window && !CommissionPeriod.IsCalendar(window))
            problems.Add(new ProgramProblem(ProgramIssue.CapPerPeriodWindowInvalid));
        if (draft.CapPerPeriodAmount is { } amount && !CommissionCap.IsCapAmount(amount))
            problems.Add(new ProgramProblem(ProgramIssue.CapPerPeriodAmountNotPositive));
    }

    private static void CheckProductRules(ProgramDraft draft, List<ProgramProblem> problems)
    {
        if (!IsRate(draft.DefaultRate))
            problems.Add(new ProgramProblem(ProgramIssue.DefaultRateOutOfRange));

        for (var index = 0; index < draft.ProductRules.Count; index++)
        {
            var rule = draft.ProductRules[index];
            if ((rule.ProductId is null) == (rule.CategoryId is null))
                problems.Add(new ProgramProblem(ProgramIssue.ProductRuleTarget, index));
            if (PayIssue(rule.Rate, rule.FixedPerUnit, ProgramIssue.ProductRulePay, ProgramIssue.ProductRulePay) is { } payIssue)
                problems.Add(new ProgramProblem(payIssue, index));
            if (rule.Rate is { } rate && !IsRate(rate))
                problems.Add(new ProgramProblem(ProgramIssue.ProductRuleRateOutOfRange, index));
            if (rule.FixedPerUnit < 0m)
                problems.Add(new ProgramProblem(ProgramIssue.ProductRuleFixedNegative, index));
        }

        foreach (var index in RuleTargets.RepeatedProductRules(draft.ProductRules))
            problems.Add(new ProgramProblem(ProgramIssue.ProductRuleRepeated, index));
    }

    private static void CheckFirstOrder(ProgramDraft draft, List<ProgramProblem> problems)
    {
        if (draft.FirstOrderCount < 1)
            problems.Add(new ProgramProblem(ProgramIssue.FirstOrderCountTooSmall));
        if (draft.FirstOrderRate is not { } firstRate)
            problems.Add(new ProgramProblem(ProgramIssue.FirstOrderRateMissing));
        else if (!IsRate(firstRate))
            problems.Add(new ProgramProblem(ProgramIssue.FirstOrderRateOutOfRange));
        if (draft.Rate is { } rate && !IsRate(rate))
            problems.Add(new ProgramProblem(ProgramIssue.RateOutOfRange));
    }

    private static void CheckQuantityRules(IReadOnlyList<QuantityRule> rules, List<ProgramProblem> problems)
    {
        if (rules.Count == 0)
            problems.Add(new ProgramProblem(ProgramIssue.QuantityRulesMissing));

        for (var index = 0; index < rules.Count; index++)
        {
            var rule = rules[index];
            if (rule.ProductId is not null && rule.CategoryId is not null)
                problems.Add(new ProgramProblem(ProgramIssue.QuantityRuleTarget, index));
            if (new[] { rule.PerUnit, rule.PerLine, rule.Rate }.Count(pay => pay is not null) != 1)
                problems.Add(new ProgramProblem(ProgramIssue.QuantityRulePay, index));
            if (rule.MinQty < 0)
                problems.Add(new ProgramProblem(ProgramIssue.QuantityRuleMinNegative, index));
            if (rule.MaxQty < rule.MinQty)
                problems.Add(new ProgramProblem(ProgramIssue.QuantityRuleMaxBelowMin, index));
            if (rule.Rate is { } rate && !IsRate(rate))
                problems.Add(new ProgramProblem(ProgramIssue.QuantityRuleRateOutOfRange, index));
            if (rule.PerUnit < 0m || rule.PerLine < 0m)
                problems.Add(new ProgramProblem(ProgramIssue.QuantityRuleAmountNegative, index));
        }

        foreach (var index in RuleTargets.OverlappingQuantityRules(rules))
            problems.Add(new ProgramProblem(ProgramIssue.QuantityRuleOverlap, index));
    }

    private static void CheckHierarchy(IReadOnlyList<OverrideLevel> levels, List<ProgramProblem> problems)
    {
        var seen = new HashSet<int>();
        for (var index = 0; index < levels.Count; index++)
        {
            var level = levels[index];
            if (level.Level is < 1 or > MaxOverrideLevel)
                problems.Add(new ProgramProblem(ProgramIssue.OverrideLevelOutOfRange, index));
            else if (!seen.Add(level.Level))
                problems.Add(new ProgramProblem(ProgramIssue.OverrideLevelRepeated, index));
            if (!IsRate(level.Percent))
                problems.Add(new ProgramProblem(ProgramIssue.OverridePercentOutOfRange, index));
        }
    }

    private static void CheckAccelerator(ProgramDraft draft, List<ProgramProblem> problems) =>
        problems.AddRange(AcceleratorIssues(draft.AcceleratorThresholdPercent, draft.AcceleratorFactor).Select(issue => new ProgramProblem(issue)));

    /// <summary>
    /// What is wrong with an accelerator's settings (rules §7): none when both are absent (no accelerator) or a threshold
    /// of at least 0% with a factor of at least 1 (an accelerator never slows commission down).
    /// </summary>
    /// <param name="thresholdPercent">The threshold in percent of the target, or null.</param>
    /// <param name="factor">The factor, or null.</param>
    public static IReadOnlyList<ProgramIssue> AcceleratorIssues(decimal? thresholdPercent, decimal? factor)
    {
        var issues = new List<ProgramIssue>();
        if ((thresholdPercent is null) != (factor is null))
            issues.Add(ProgramIssue.AcceleratorIncomplete);
        if (thresholdPercent < 0m)
            issues.Add(ProgramIssue.AcceleratorThresholdNegative);
        if (factor < 1m)
            issues.Add(ProgramIssue.AcceleratorFactorBelowOne);
        return issues;
    }
}
