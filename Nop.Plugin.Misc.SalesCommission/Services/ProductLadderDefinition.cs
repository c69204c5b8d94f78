using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>One ladder of a ProductLadder program with its bands, as stored or as edited (its bands are linked to it on save).</summary>
public class ProductLadderDefinition
{
    /// <summary>The ladder row: the product or category it covers (neither for the default ladder), mode and window.</summary>
    public ProgramProductLadder Ladder { get; init; }

    /// <summary>Its bands.</summary>
    public IList<ProgramBand> Bands { get; init; } = [];

    /// <summary>True for the program's default ladder: it names neither a product nor a category.</summary>
    public bool IsDefault => Ladder.ProductId is null && Ladder.CategoryId is null;
}
