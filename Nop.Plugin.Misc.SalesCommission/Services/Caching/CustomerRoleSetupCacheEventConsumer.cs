using Nop.Core.Caching;
using Nop.Core.Domain.Customers;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup parts a change to the host's CustomerRole rows touches.</summary>
public class CustomerRoleSetupCacheEventConsumer : HostSetupCacheEventConsumer<CustomerRole>
{
    /// <summary>Creates the consumer.</summary>
    public CustomerRoleSetupCacheEventConsumer(IStaticCacheManager staticCacheManager) : base(staticCacheManager)
    {
    }
}
