using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// A program's product, quantity or ladder rules indexed by product and by category, so each order line finds the
/// most specific level that has rules for it (rules §3.2.3, §3.2.5, §3.2.6): product rules, else the rules of the
/// nearest categories reaching the product (own category, then parent, then grandparent, …), else rules naming
/// neither. Rules keep the program's order.
/// </summary>
/// <typeparam name="TRule">The rule type.</typeparam>
public sealed class RuleIndex<TRule> where TRule : class
{
    private readonly Dictionary<string, List<TRule>> _byProduct = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Order, TRule Rule)>> _byCategory = new(StringComparer.Ordinal);
    private readonly List<TRule> _everyProduct = [];
    private readonly Dictionary<string, List<TRule>> _ofOneCategory = new(StringComparer.Ordinal);

    /// <summary>Indexes rules; a rule naming a product is a product rule, whatever else it names.</summary>
    public RuleIndex(IReadOnlyList<TRule> rules, Func<TRule, string?> productOf, Func<TRule, string?> categoryOf)
    {
        for (var order = 0; order < rules.Count; order++)
        {
            var rule = rules[order];
            if (productOf(rule) is { } productId)
                Add(_byProduct, productId, rule);
            else if (categoryOf(rule) is { } categoryId)
                Add(_byCategory, categoryId, (order, rule));
            else
                _everyProduct.Add(rule);
        }

        foreach (var (categoryId, ofCategory) in _byCategory)
            _ofOneCategory[categoryId] = ofCategory.Select(r => r.Rule).Distinct().ToList();
    }

    /// <summary>The rules of the most specific level that has rules for a product in these categories, all at distance 0.</summary>
    public IReadOnlyList<TRule> MostSpecific(string productId, IReadOnlyList<string> categories) =>
        MostSpecific(productId, categories.Select(c => new CategoryDistance(c, 0)).ToList());

    /// <summary>
    /// The rules of the most specific level that has rules for a product reached by these categories (nearest first,
    /// see <see cref="CategoryTree.Reach"/>): among category rules, only those of the nearest categories that have any.
    /// </summary>
    public IReadOnlyList<TRule> MostSpecific(string productId, IReadOnlyList<CategoryDistance> categories)
    {
        if (_byProduct.TryGetValue(productId, out var productRules))
            return productRules;

        // The common case, one category with rules at the nearest distance, is answered from the index as it is.
        string? single = null;
        List<(int Order, TRule Rule)>? categoryRules = null;
        var nearest = int.MaxValue;
        for (var i = 0; i < categories.Count; i++)
        {
            var (categoryId, distance) = categories[i];
            if (distance > nearest)
                break;
            if (!_byCategory.TryGetValue(categoryId, out var rules))
                continue;
            if (single is null)
                single = categoryId;
            else
            {
                categoryRules ??= [.. _byCategory[single!]];
                categoryRules.AddRange(rules);
            }

            nearest = distance;
        }

        if (categoryRules is null)
            return single is null ? _everyProduct : _ofOneCategory[single];
        categoryRules.Sort((a, b) => a.Order.CompareTo(b.Order));
        return categoryRules.Select(r => r.Rule).Distinct().ToList();
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(item);
    }
}
