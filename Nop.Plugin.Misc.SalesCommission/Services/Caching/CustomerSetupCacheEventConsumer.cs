using Nop.Core.Caching;
using Nop.Core.Domain.Customers;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup parts a change to the host's Customer rows touches.</summary>
public class CustomerSetupCacheEventConsumer : HostSetupCacheEventConsumer<Customer>
{
    /// <summary>Creates the consumer.</summary>
    public CustomerSetupCacheEventConsumer(IStaticCacheManager staticCacheManager) : base(staticCacheManager)
    {
    }
}
