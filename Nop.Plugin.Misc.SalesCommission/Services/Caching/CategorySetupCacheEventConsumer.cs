using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup parts a change to the host's Category rows touches.</summary>
public class CategorySetupCacheEventConsumer : HostSetupCacheEventConsumer<Category>
{
    /// <summary>Creates the consumer.</summary>
    public CategorySetupCacheEventConsumer(IStaticCacheManager staticCacheManager) : base(staticCacheManager)
    {
    }
}
