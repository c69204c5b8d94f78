namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// The products and categories a program leaves out of its basis (rules §3.1); a category leaves out its subcategories
/// too. An exclusion never changes attainment.
/// </summary>
/// <param name="Products">Product ids left out.</param>
/// <param name="Categories">Category ids left out, with their subcategories.</param>
public sealed record ProgramExclusion(IReadOnlyList<string> Products, IReadOnlyList<string> Categories)
{
    /// <summary>Nothing left out.</summary>
    public static ProgramExclusion None { get; } = new([], []);

    /// <summary>True when the program leaves nothing out.</summary>
    public bool IsEmpty => Products.Count == 0 && Categories.Count == 0;
}
