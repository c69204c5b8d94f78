using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Services.Caching;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads who is in the sales-rep role (the settings name the role) and their staff profiles, in one query, and hands
/// them to the engine's <see cref="StaffRoster"/>, which decides who counts as staff. The rows are kept in the host's
/// static cache until a membership, profile, role or deleted customer clears them (<see cref="SetupCacheParts"/>).
/// </summary>
public class StaffDirectory : IStaffDirectory
{
    #region Fields

    private readonly ICustomerService _customerService;
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<CustomerCustomerRoleMapping> _roleMappingRepository;
    private readonly IRepository<StaffProfile> _staffProfileRepository;
    private readonly IStaticCacheManager _staticCacheManager;
    private readonly SalesCommissionSettings _settings;

    #endregion

    #region Ctor

    /// <summary>Creates the directory.</summary>
    public StaffDirectory(ICustomerService customerService,
        IRepository<Customer> customerRepository,
        IRepository<CustomerCustomerRoleMapping> roleMappingRepository,
        IRepository<StaffProfile> staffProfileRepository,
        IStaticCacheManager staticCacheManager,
        SalesCommissionSettings settings)
    {
        _customerService = customerService;
        _customerRepository = customerRepository;
        _roleMappingRepository = roleMappingRepository;
        _staffProfileRepository = staffProfileRepository;
        _staticCacheManager = staticCacheManager;
        _settings = settings;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<StaffRoster> GetRosterAsync()
    {
        if (await _customerService.GetCustomerRoleBySystemNameAsync(_settings.SalesRepRoleSystemName) is not { } role)
            return new StaffRoster([]);

        var key = _staticCacheManager.PrepareKeyForDefaultCache(SalesCommissionDefaults.StaffCacheKey, role.Id);
        var members = await _staticCacheManager.GetAsync(key, async () =>
            await (from mapping in _roleMappingRepository.Table
                   join customer in _customerRepository.Table on mapping.CustomerId equals customer.Id
                   join profile in _staffProfileRepository.Table on mapping.CustomerId equals profile.CustomerId into profiles
                   from profile in profiles.DefaultIfEmpty()
                   where mapping.CustomerRoleId == role.Id && !customer.Deleted
                   orderby mapping.CustomerId
                   select new StaffRosterRow { CustomerId = mapping.CustomerId, ManagerCustomerId = (int?)profile.ManagerCustomerId, Active = (bool?)profile.Active })
                .ToListAsync());

        return new StaffRoster(members.Select(member =>
            new RosterEntry(EngineId.Of(member.CustomerId), EngineId.Of(member.ManagerCustomerId), member.Active)));
    }

    #endregion
}
