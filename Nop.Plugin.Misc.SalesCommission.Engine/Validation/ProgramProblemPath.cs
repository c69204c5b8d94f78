using System.Globalization;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>
/// The field a program problem is about, written as the scenario format names it ("ladder.bands[2].from",
/// "productLadders[1].ladder.bands[0].rate", "defaultLadder.bands[0].from", "capPerPeriod.amount"): how a problem reads
/// in a scenario's errors and in the log of a stored program.
/// </summary>
public static class ProgramProblemPath
{
    /// <summary>The field's path.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="draft">The draft it was found in: a product ladder naming neither a product nor a category is the default ladder.</param>
    public static string Of(ProgramProblem problem, ProgramDraft draft)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(draft);

        bool IsDefault(int index) => index < draft.ProductLadders.Count && draft.ProductLadders[index].IsDefault;
        string ProductLadder(int index) =>
            IsDefault(index) ? "defaultLadder" : $"productLadders[{index.ToString(CultureInfo.InvariantCulture)}]";
        string LadderOf(int index) => IsDefault(index) ? "defaultLadder" : ProductLadder(index) + ".ladder";

        var row = (problem.Index ?? 0).ToString(CultureInfo.InvariantCulture);
        var band = problem.LadderIndex is { } ladderIndex ? $"{LadderOf(ladderIndex)}.bands[{row}]" : $"ladder.bands[{row}]";
        return problem.Issue switch
        {
            ProgramIssue.NameMissing => "name",
            ProgramIssue.ValidToBeforeValidFrom => "validTo",
            ProgramIssue.RateOrFixedMissing or ProgramIssue.RateAndFixedBoth or ProgramIssue.RateOutOfRange => "rate",
            ProgramIssue.FixedNegative => "fixed",
            ProgramIssue.LadderWithoutBands => "ladder.bands",
            ProgramIssue.BandFromMissing or ProgramIssue.FirstBandNotAtZero or ProgramIssue.BandsOutOfOrder => band + ".from",
            ProgramIssue.BandGap or ProgramIssue.BandOverlap or ProgramIssue.LastBandHasEnd => band + ".to",
            ProgramIssue.BandPayMissing or ProgramIssue.BandPayBoth or ProgramIssue.BandPaysLess => band,
            ProgramIssue.BandRateOutOfRange => band + ".rate",
            ProgramIssue.BandFixedNegative => band + ".fixed",
            ProgramIssue.DefaultRateOutOfRange => "defaultRate",
            ProgramIssue.ProductRuleTarget or ProgramIssue.ProductRulePay or ProgramIssue.ProductRuleRepeated => $"productRules[{row}]",
            ProgramIssue.ProductRuleRateOutOfRange => $"productRules[{row}].rate",
            ProgramIssue.ProductRuleFixedNegative => $"productRules[{row}].fixedPerUnit",
            ProgramIssue.FirstOrderCountTooSmall => "firstOrder.count",
            ProgramIssue.FirstOrderRateMissing or ProgramIssue.FirstOrderRateOutOfRange => "firstOrder.rate",
            ProgramIssue.QuantityRulesMissing => "quantityRules",
            ProgramIssue.QuantityRuleMinNegative => $"quantityRules[{row}].minQty",
            ProgramIssue.QuantityRuleMaxBelowMin => $"quantityRules[{row}].maxQty",
            ProgramIssue.QuantityRuleRateOutOfRange => $"quantityRules[{row}].rate",
            ProgramIssue.QuantityRuleTarget or ProgramIssue.QuantityRulePay or ProgramIssue.QuantityRuleAmountNegative
                or ProgramIssue.QuantityRuleOverlap => $"quantityRules[{row}]",
            ProgramIssue.OverrideLevelOutOfRange or ProgramIssue.OverrideLevelRepeated => $"hierarchy[{row}].level",
            ProgramIssue.OverridePercentOutOfRange => $"hierarchy[{row}].percent",
            ProgramIssue.AcceleratorIncomplete => "accelerator",
            ProgramIssue.AcceleratorThresholdNegative => "accelerator.thresholdPercent",
            ProgramIssue.AcceleratorFactorBelowOne => "accelerator.factor",
            ProgramIssue.ProductLadderTarget or ProgramIssue.ProductLadderRepeated or ProgramIssue.ProductLadderChoice => ProductLadder(problem.Index ?? 0),
            ProgramIssue.ProductLadderWithoutBands => $"{LadderOf(problem.Index ?? 0)}.bands",
            ProgramIssue.CapPerOrderNotPositive => "capPerOrder",
            ProgramIssue.CapPerPeriodWindowInvalid => "capPerPeriod.window",
            ProgramIssue.CapPerPeriodAmountNotPositive => "capPerPeriod.amount",
            ProgramIssue.TypeTermsRule => problem.Terms?.Field ?? "type",
            _ => "capPerPeriod"
        };
    }
}
