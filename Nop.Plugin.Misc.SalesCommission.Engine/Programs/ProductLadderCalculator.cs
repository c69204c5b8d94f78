using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// ProductLadder (rules §3.2.6): a ladder per product or category on line amounts. The rule for a line is found as in
/// PercentPerProduct (product, nearest category, then the default ladder; at equal distance the one paying most on
/// the whole line amount read per order, then the one listed first). A per-order ladder pays F(line amount) and the
/// member split% of the sum; a period ladder adds the member's share of each line, in line order, to the total of
/// (program, beneficiary, rule target, period) and pays F(total + share) − F(total).
/// </summary>
public sealed class ProductLadderCalculator : ICommissionCalculator
{
    /// <inheritdoc />
    public ProgramType Type => ProgramType.ProductLadder;

    /// <summary>The order's lines that a ladder reads, in line order; none when the order's basis amount is 0.</summary>
    public static IEnumerable<LadderLine> LinesOf(CalculationInput input)
    {
        if (input.BasisAmount == 0m)
            yield break;

        var index = input.Setup.ProductLaddersOf(input.Program);
        foreach (var line in input.Order.Lines)
        {
            var amount = input.Amounts.LineAmount(line, input.Program.Basis);
            if (!amount.IsZero && RuleFor(input.Program, index, line, amount, input.Setup.CategoryReachOf(line.ProductId)) is { } rule)
                yield return new LadderLine(line, rule, amount);
        }
    }

    /// <summary>The member's share of a line (split% × line amount, unrounded): what it adds to a period total.</summary>
    public static decimal ShareOf(LadderLine line, CalculationInput input) => line.Amount.Value * input.Split / 100m;

    /// <inheritdoc />
    public Commission Calculate(CalculationInput input)
    {
        if (input.BasisAmount == 0m)
            return Commission.Nothing(() => new Derivation("ProductLadder.Zero"));

        decimal perOrder = 0m, period = 0m;
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var paid = new List<Func<Derivation>>();
        foreach (var ladderLine in LinesOf(input))
        {
            var ladder = ladderLine.Rule.Ladder;
            if (ladder.Window == LadderWindow.PerOrder)
            {
                var lineAmount = ladderLine.Amount.Value;
                var pays = LadderCalculator.Evaluate(ladder, lineAmount);
                perOrder += pays;
                if (pays != 0m)
                    paid.Add(() => new Derivation("ProductLadder.Line", DerivationValue.Of(DerivationField.Product, ladderLine.Line.ProductId),
                        DerivationValue.Of(DerivationField.Rule, RuleOf(ladderLine.Rule)), DerivationValue.Of(DerivationField.Mode, ladder.Mode.ToString()),
                        DerivationValue.Of(DerivationField.F, LadderCalculator.Derive(ladder, lineAmount)), DerivationValue.Of(DerivationField.Share, input.Share)));
                continue;
            }

            var target = ladderLine.Rule.Target;
            var before = totals.TryGetValue(target, out var running) ? running : input.LadderTotalBefore?.Invoke(ladderLine.Rule) ?? 0m;
            var after = before + ShareOf(ladderLine, input);
            totals[target] = after;
            var periodPays = LadderCalculator.Evaluate(ladder, after) - LadderCalculator.Evaluate(ladder, before);
            period += periodPays;
            if (periodPays != 0m)
                paid.Add(() => LadderCalculator.DerivePeriod("ProductLadder.Line.Period", ladder, before, after, input.Order.PaidAtUtc!.Value,
                    [DerivationValue.Of(DerivationField.Product, ladderLine.Line.ProductId), DerivationValue.Of(DerivationField.Rule, RuleOf(ladderLine.Rule))],
                    [DerivationValue.Of(DerivationField.Share, input.LineShare)]));
        }

        return new Commission(ExactAmount.Of(perOrder * input.Split / 100m + period), () =>
            paid.Count == 0
                ? new Derivation("ProductLadder.None")
                : new Derivation("ProductLadder", DerivationValue.Of(DerivationField.Parts, paid.Select(p => p()).ToList())));
    }

    private static ProductLadderRule? RuleFor(
        ProgramTerms program, RuleIndex<ProductLadderRule> index, OrderLine line, ExactAmount amount, IReadOnlyList<CategoryDistance> categories)
    {
        var rules = index.MostSpecific(line.ProductId, categories);
        if (rules.Count == 0)
            return program.DefaultLadder is { } defaultLadder ? new ProductLadderRule(null, null, defaultLadder) : null;

        var best = rules[0];
        var bestPays = LadderCalculator.Evaluate(best.Ladder, amount.Value);
        for (var i = 1; i < rules.Count; i++)
        {
            var pays = LadderCalculator.Evaluate(rules[i].Ladder, amount.Value);
            if (pays > bestPays)
                (best, bestPays) = (rules[i], pays);
        }

        return best;
    }

    /// <summary>The rule target ("product P7", "category Shoes", "default ladder").</summary>
    private static Derivation RuleOf(ProductLadderRule rule) =>
        rule.ProductId is { } productId ? new Derivation("Rule.Product", DerivationValue.Of(DerivationField.Product, productId))
        : rule.CategoryId is { } categoryId ? new Derivation("Rule.Category", DerivationValue.Of(DerivationField.Category, categoryId))
        : new Derivation("Rule.Default");
}
