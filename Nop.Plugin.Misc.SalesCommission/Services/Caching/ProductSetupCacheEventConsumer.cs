using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup parts a change to the host's Product rows touches.</summary>
public class ProductSetupCacheEventConsumer : HostSetupCacheEventConsumer<Product>
{
    /// <summary>Creates the consumer.</summary>
    public ProductSetupCacheEventConsumer(IStaticCacheManager staticCacheManager) : base(staticCacheManager)
    {
    }
}
