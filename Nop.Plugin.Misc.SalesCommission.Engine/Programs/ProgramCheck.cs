namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// Decides whether a program built from stored data can be calculated (rules §3): a known type and basis, and the
/// terms its type needs. A host skips a program with problems instead of failing every order it would plan.
/// </summary>
public static class ProgramCheck
{
    private const int MaxOverrideLevels = 5;

    /// <summary>What is wrong with a program, one message per problem naming the field; empty when it can be calculated.</summary>
    public static IReadOnlyList<string> Problems(CommissionProgram program)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(program.Type))
            problems.Add($"type: unknown program type {(int)program.Type}");
        if (!Enum.IsDefined(program.Basis))
            problems.Add($"basis: unknown basis {(int)program.Basis}");
        if (program.ValidFrom is { } from && program.ValidTo is { } to && to < from)
            problems.Add("validTo: must not be before validFrom");
        CheckRate(problems, "rate", program.Rate);
        if (program.Fixed < 0m)
            problems.Add("fixed: must not be negative");

        switch (program.Type)
        {
            case ProgramType.Ladder:
                CheckLadder(problems, program.Ladder);
                break;
            case ProgramType.FirstOrder when program.FirstOrder is not { Count: >= 1 } terms:
                problems.Add("firstOrder: a FirstOrder program needs a first-order rate and a count of at least 1");
                break;
            case ProgramType.FirstOrder:
                CheckRate(problems, "firstOrder.rate", program.FirstOrder.Rate);
                break;
            case ProgramType.PercentPerProduct:
                CheckRate(problems, "defaultRate", program.DefaultRate);
                foreach (var index in RuleTargets.RepeatedProductRules(program.ProductRules))
                    problems.Add($"productRules[{index}]: a rule for this product or category comes earlier");
                break;
            case ProgramType.PerQuantity:
                foreach (var index in RuleTargets.OverlappingQuantityRules(program.QuantityRules))
                    problems.Add($"quantityRules[{index}]: its quantity band overlaps an earlier rule's band");
                break;
            case ProgramType.ProductLadder:
                CheckProductLadders(problems, program);
                break;
        }

        CheckCaps(problems, program);
        CheckHierarchy(problems, program.Hierarchy);
        return problems;
    }

    private static void CheckRate(List<string> problems, string field, decimal? rate)
    {
        if (rate is < 0m or > 100m)
            problems.Add($"{field}: must be from 0 to 100");
    }

    private static void CheckProductLadders(List<string> problems, CommissionProgram program)
    {
        for (var i = 0; i < program.ProductLadders.Count; i++)
        {
            var rule = program.ProductLadders[i];
            if ((rule.ProductId is null) == (rule.CategoryId is null))
                problems.Add($"productLadders[{i}]: a product ladder names one of productId, categoryId");
            CheckLadder(problems, rule.Ladder, $"productLadders[{i}].ladder");
        }

        foreach (var index in RuleTargets.RepeatedProductLadders(program.ProductLadders))
            problems.Add($"productLadders[{index}]: a ladder for this product or category comes earlier");

        if (program.DefaultLadder is { } defaultLadder)
            CheckLadder(problems, defaultLadder, "defaultLadder");
    }

    private static void CheckLadder(List<string> problems, Ladder? ladder, string ladderPath = "ladder")
    {
        if (ladder is null || ladder.Bands.Count == 0)
        {
            problems.Add($"{ladderPath}.bands: a ladder needs at least one band");
            return;
        }

        if (!Enum.IsDefined(ladder.Mode))
            problems.Add($"{ladderPath}.mode: unknown ladder mode {(int)ladder.Mode}");
        if (!Enum.IsDefined(ladder.Window))
            problems.Add($"{ladderPath}.window: unknown ladder window {(int)ladder.Window}");
        for (var i = 0; i < ladder.Bands.Count; i++)
        {
            var band = ladder.Bands[i];
            var path = $"{ladderPath}.bands[{i}]";
            if (i == 0 && band.From != 0m)
                problems.Add($"{path}.from: the first band must start at 0");
            if (i > 0 && band.From <= ladder.Bands[i - 1].From)
                problems.Add($"{path}.from: bands must ascend");
            if ((band.Rate is null) == (band.Fixed is null))
                problems.Add($"{path}: a band has one of rate, fixed");
            CheckRate(problems, $"{path}.rate", band.Rate);
            if (band.Fixed < 0m)
                problems.Add($"{path}.fixed: must not be negative");
            if (i == ladder.Bands.Count - 1 && band.To is { } top && !LadderRules.IsTopAboveStart(band.From, top))
                problems.Add($"{path}.to: the last band's to caps the base and must be above its from");
        }

        if (LadderRules.FirstFallingBand(ladder.Mode, ladder.Bands) is { } falling)
            problems.Add($"ladder.bands[{falling}]: a WholeAmount ladder never pays less for more");
    }

    private static void CheckCaps(List<string> problems, CommissionProgram program)
    {
        if (program.CapPerOrder is { } perOrder && !CommissionCap.IsCapAmount(perOrder))
            problems.Add("capPerOrder: must be above 0");
        if (program.CapPerPeriod is not { } cap)
            return;
        if (!CommissionPeriod.IsCalendar(cap.Window))
            problems.Add($"capPerPeriod.window: must be Month, Quarter or Year, not {cap.Window}");
        if (!CommissionCap.IsCapAmount(cap.Amount))
            problems.Add("capPerPeriod.amount: must be above 0");
    }

    private static void CheckHierarchy(List<string> problems, IReadOnlyList<OverrideLevel> levels)
    {
        var seen = new HashSet<int>();
        foreach (var level in levels)
        {
            var path = $"hierarchy level {level.Level}";
            if (level.Level is < 1 or > MaxOverrideLevels)
                problems.Add($"{path}: the level must be from 1 to {MaxOverrideLevels}");
            else if (!seen.Add(level.Level))
                problems.Add($"{path}: the level is given twice");
            CheckRate(problems, $"{path}.percent", level.Percent);
            if (!Enum.IsDefined(level.Base))
                problems.Add($"{path}.base: unknown override base {(int)level.Base}");
        }
    }
}
