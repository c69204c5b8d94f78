namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>A category of the store's tree as the cached setup keeps it.</summary>
public class SetupCategory
{
    /// <summary>The category id.</summary>
    public int Id { get; set; }

    /// <summary>The parent's id, 0 for a top-level category.</summary>
    public int ParentCategoryId { get; set; }
}
