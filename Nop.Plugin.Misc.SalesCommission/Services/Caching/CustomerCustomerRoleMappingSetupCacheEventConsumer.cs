using Nop.Core.Caching;
using Nop.Core.Domain.Customers;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup parts a change to the host's CustomerCustomerRoleMapping rows touches.</summary>
public class CustomerCustomerRoleMappingSetupCacheEventConsumer : HostSetupCacheEventConsumer<CustomerCustomerRoleMapping>
{
    /// <summary>Creates the consumer.</summary>
    public CustomerCustomerRoleMappingSetupCacheEventConsumer(IStaticCacheManager staticCacheManager) : base(staticCacheManager)
    {
    }
}
