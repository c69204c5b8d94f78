using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>
/// A ProductLadder program's ladder as entered (rules §3.2.6): the product or the category it covers (neither: the
/// program's default ladder), its mode, its window and its bands.
/// </summary>
/// <param name="ProductId">The product, or null.</param>
/// <param name="CategoryId">The category, or null.</param>
/// <param name="Mode">How the bands pay.</param>
/// <param name="Window">Per order or a calendar period.</param>
/// <param name="Bands">The bands in the order entered.</param>
public sealed record ProductLadderDraft(string? ProductId, string? CategoryId, LadderMode Mode, LadderWindow Window,
    IReadOnlyList<ProgramBandDraft> Bands)
{
    /// <summary>True for the program's default ladder (it names neither a product nor a category).</summary>
    public bool IsDefault => ProductId is null && CategoryId is null;
}
