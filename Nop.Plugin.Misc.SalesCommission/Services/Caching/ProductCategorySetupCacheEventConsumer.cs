using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup parts a change to the host's ProductCategory rows touches.</summary>
public class ProductCategorySetupCacheEventConsumer : HostSetupCacheEventConsumer<ProductCategory>
{
    /// <summary>Creates the consumer.</summary>
    public ProductCategorySetupCacheEventConsumer(IStaticCacheManager staticCacheManager) : base(staticCacheManager)
    {
    }
}
