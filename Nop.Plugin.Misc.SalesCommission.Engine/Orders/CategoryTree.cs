namespace Nop.Plugin.Misc.SalesCommission.Engine.Orders;

/// <summary>
/// The store's category tree (rules §3.2.3): a category rule or exclusion reaches the products of that category and of
/// all its subcategories. A category that is not listed is a root. A cycle in stored data ends the walk where it repeats.
/// </summary>
public sealed class CategoryTree
{
    private readonly Dictionary<string, string> _parents = new(StringComparer.Ordinal);

    /// <summary>Builds the tree; a category listed twice keeps its first parent.</summary>
    public CategoryTree(IEnumerable<Category> categories)
    {
        foreach (var category in categories)
        {
            if (category.ParentId is { } parentId)
                _parents.TryAdd(category.Id, parentId);
        }
    }

    /// <summary>A tree where every category is a root.</summary>
    public static CategoryTree Flat { get; } = new([]);

    /// <summary>The parent of a category, or null for a root.</summary>
    public string? ParentOf(string categoryId) => _parents.GetValueOrDefault(categoryId);

    /// <summary>
    /// Every category that reaches a product in these categories, nearest first: its own categories at distance 0,
    /// their parents at 1, and so on; a category reached by several paths is at its shortest distance. Categories at
    /// the same distance keep the order in which they are first reached (own categories in the product's order).
    /// </summary>
    public IReadOnlyList<CategoryDistance> Reach(IReadOnlyList<string> ownCategories)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var own in ownCategories)
        {
            var categoryId = own;
            for (var distance = 0; ; distance++)
            {
                if (distances.TryGetValue(categoryId, out var known))
                {
                    if (known <= distance)
                        break;
                    distances[categoryId] = distance;
                }
                else
                {
                    distances[categoryId] = distance;
                    order.Add(categoryId);
                }

                if (ParentOf(categoryId) is not { } parentId)
                    break;
                categoryId = parentId;
            }
        }

        return order.Select(id => new CategoryDistance(id, distances[id])).OrderBy(c => c.Distance).ToList();
    }
}
