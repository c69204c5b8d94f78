namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// What one program's rules may name (rules §9.13), in one place for the scenario reader, the stored-row check and the
/// editor's check: at most one product rule per product and one per category, at most one product ladder per product
/// and one per category (rules §8), and quantity rules of one target (product, category or every product) with bands
/// that do not overlap.
/// </summary>
public static class RuleTargets
{
    /// <summary>The indexes of product rules that name a product or a category an earlier rule already names.</summary>
    public static IReadOnlyList<int> RepeatedProductRules(IReadOnlyList<ProductRule> rules) =>
        Repeated(rules, r => r.ProductId, r => r.CategoryId);

    /// <summary>The indexes of product ladders that name a product or a category an earlier ladder already names.</summary>
    public static IReadOnlyList<int> RepeatedProductLadders(IReadOnlyList<ProductLadderRule> ladders) =>
        Repeated(ladders, r => r.ProductId, r => r.CategoryId);

    private static List<int> Repeated<T>(IReadOnlyList<T> rules, Func<T, string?> productOf, Func<T, string?> categoryOf)
    {
        var seen = new HashSet<(string? ProductId, string? CategoryId)>();
        var repeated = new List<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            var target = productOf(rules[i]) is { } productId ? (productId, (string?)null) : ((string?)null, categoryOf(rules[i]));
            if (!seen.Add(target))
                repeated.Add(i);
        }

        return repeated;
    }

    /// <summary>The indexes of quantity rules whose band overlaps the band of an earlier rule of the same target.</summary>
    public static IReadOnlyList<int> OverlappingQuantityRules(IReadOnlyList<QuantityRule> rules)
    {
        var overlapping = new List<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (SameTarget(rules[i], rules[j]) && Overlap(rules[i], rules[j]))
                {
                    overlapping.Add(i);
                    break;
                }
            }
        }

        return overlapping;
    }

    private static bool SameTarget(QuantityRule a, QuantityRule b) =>
        a.ProductId is not null || b.ProductId is not null
            ? a.ProductId == b.ProductId
            : a.CategoryId == b.CategoryId;

    /// <summary>True when two bands share a quantity; a band whose maximum is below its minimum is empty.</summary>
    private static bool Overlap(QuantityRule a, QuantityRule b) =>
        !IsEmpty(a) && !IsEmpty(b) && a.MinQty <= (b.MaxQty ?? int.MaxValue) && b.MinQty <= (a.MaxQty ?? int.MaxValue);

    private static bool IsEmpty(QuantityRule rule) => rule.MaxQty is { } max && max < rule.MinQty;
}
