using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>
/// Checks a program draft before it is saved (rules §3, the same rules a scenario's programs are read with): a name,
/// valid dates, the terms of its own type (rates 0–100, amounts not negative, exactly one way to pay, ladder bands
/// contiguous and ascending from 0), override levels 1–5 named once, and a complete accelerator that never slows
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
                CheckBands(draft.Bands, problems);
                CheckLadderRises(draft, problems);
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
        }

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

    private static void CheckBands(IReadOnlyList<ProgramBandDraft> bands, List<ProgramProblem> problems)
    {
        if (bands.Count == 0)
        {
            problems.Add(new ProgramProblem(ProgramIssue.LadderWithoutBands));
            return;
        }

        for (var index = 0; index < bands.Count; index++)
        {
            var band = bands[index];
            if (band.From is not { } from)
                problems.Add(new ProgramProblem(ProgramIssue.BandFromMissing, index));
            else if (index == 0 && from != 0m)
                problems.Add(new ProgramProblem(ProgramIssue.FirstBandNotAtZero, index));
            else if (index > 0 && bands[index - 1].From is { } previous && from <= previous)
                problems.Add(new ProgramProblem(ProgramIssue.BandsOutOfOrder, index));

            CheckBandEnd(bands, index, problems);
            CheckPay(band.Rate, band.Fixed, index, ProgramIssue.BandPayMissing, ProgramIssue.BandPayBoth, problems);
            if (band.Rate is { } rate && !IsRate(rate))
                problems.Add(new ProgramProblem(ProgramIssue.BandRateOutOfRange, index));
            if (band.Fixed < 0m)
                problems.Add(new ProgramProblem(ProgramIssue.BandFixedNegative, index));
        }
    }

    private static void CheckLadderRises(ProgramDraft draft, List<ProgramProblem> problems)
    {
        if (draft.Bands.Any(band => band.From is null))
            return;
        var bands = draft.Bands.Select(band => new LadderBand(band.From!.Value, band.To, band.Rate, band.Fixed)).ToList();
        if (LadderRules.FirstFallingBand(draft.LadderMode, bands) is { } falling)
            problems.Add(new ProgramProblem(ProgramIssue.BandPaysLess, falling));
    }

    private static void CheckBandEnd(IReadOnlyList<ProgramBandDraft> bands, int index, List<ProgramProblem> problems)
    {
        if (bands[index].To is not { } end)
            return;
        if (index == bands.Count - 1)
            problems.Add(new ProgramProblem(ProgramIssue.LastBandHasEnd, index));
        else if (bands[index + 1].From is { } next && end < next)
            problems.Add(new ProgramProblem(ProgramIssue.BandGap, index));
        else if (bands[index + 1].From is { } following && end > following)
            problems.Add(new ProgramProblem(ProgramIssue.BandOverlap, index));
    }

    private static void CheckPay(decimal? rate, decimal? amount, int index, ProgramIssue missing, ProgramIssue both,
        List<ProgramProblem> problems)
    {
        if (rate is null && amount is null)
            problems.Add(new ProgramProblem(missing, index));
        else if (rate is not null && amount is not null)
            problems.Add(new ProgramProblem(both, index));
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
            CheckPay(rule.Rate, rule.FixedPerUnit, index, ProgramIssue.ProductRulePay, ProgramIssue.ProductRulePay, problems);
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

    private static void CheckAccelerator(ProgramDraft draft, List<ProgramProblem> problems)
    {
        if ((draft.AcceleratorThresholdPercent is null) != (draft.AcceleratorFactor is null))
            problems.Add(new ProgramProblem(ProgramIssue.AcceleratorIncomplete));
        if (draft.AcceleratorThresholdPercent < 0m)
            problems.Add(new ProgramProblem(ProgramIssue.AcceleratorThresholdNegative));
        if (draft.AcceleratorFactor < 1m)
            problems.Add(new ProgramProblem(ProgramIssue.AcceleratorFactorBelowOne));
    }
}
