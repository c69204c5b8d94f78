namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>A ProductLadder program's ladder for one product, one category, or (neither) the program's default ladder (rules §3.2.6).</summary>
/// <param name="ProductId">The product, or null.</param>
/// <param name="CategoryId">The category, or null.</param>
/// <param name="Ladder">The ladder applied to the line amounts it covers.</param>
public sealed record ProductLadderRule(string? ProductId, string? CategoryId, Ladder Ladder)
{
    /// <summary>The rule target a period total belongs to ("product:P7", "category:Shoes", "default").</summary>
    public string Target => ProductId is { } productId ? $"product:{productId}"
        : CategoryId is { } categoryId ? $"category:{categoryId}"
        : "default";

}
