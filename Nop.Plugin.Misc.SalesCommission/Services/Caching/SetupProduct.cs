namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>A product as the cached setup keeps it.</summary>
public class SetupProduct
{
    /// <summary>The product id.</summary>
    public int ProductId { get; set; }

    /// <summary>The ids of its categories, ascending, each once.</summary>
    public List<int> CategoryIds { get; set; } = [];

    /// <summary>Whether it is a gift card.</summary>
    public bool IsGiftCard { get; set; }
}
