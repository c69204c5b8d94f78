using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads and saves staff members and their managers
/// </summary>
public class StaffService : IStaffService
{
    #region Fields

    private readonly ICustomerService _customerService;
    private readonly IStaffDirectory _staffDirectory;
    private readonly IRepository<StaffProfile> _staffProfileRepository;
    private readonly SalesCommissionSettings _settings;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public StaffService(ICustomerService customerService, IStaffDirectory staffDirectory, IRepository<StaffProfile> staffProfileRepository,
        SalesCommissionSettings settings)
    {
        _customerService = customerService;
        _staffDirectory = staffDirectory;
        _staffProfileRepository = staffProfileRepository;
        _settings = settings;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IPagedList<Customer>> GetStaffCustomersAsync(int pageIndex = 0, int pageSize = int.MaxValue)
    {
        if (await _customerService.GetCustomerRoleBySystemNameAsync(_settings.SalesRepRoleSystemName) is not { } role)
            return new PagedList<Customer>([], pageIndex, pageSize);

        return await _customerService.GetAllCustomersAsync(customerRoleIds: [role.Id], pageIndex: pageIndex, pageSize: pageSize);
    }

    /// <inheritdoc />
    public virtual async Task<IList<StaffProfile>> GetProfilesAsync()
    {
        return await _staffProfileRepository.Table.OrderBy(profile => profile.CustomerId).ToListAsync();
    }

    /// <inheritdoc />
    public virtual async Task<ManagerIssue?> SaveProfileAsync(int customerId, int? managerCustomerId, bool active)
    {
        var profiles = await GetProfilesAsync();

        //the hierarchy the engine checks: every member of the role with their current manager
        var staff = (await _staffDirectory.GetRosterAsync()).Hierarchy.ToList();
        if (staff.All(member => member.Id != EngineId.Of(customerId)))
            staff.Add(new StaffMember(EngineId.Of(customerId), null));
        if (ManagerCheck.Check(staff, EngineId.Of(customerId), EngineId.Of(managerCustomerId)) is { } issue)
            return issue;

        var profile = profiles.FirstOrDefault(p => p.CustomerId == customerId);
        if (profile is null)
        {
            await _staffProfileRepository.InsertAsync(new StaffProfile
            {
                CustomerId = customerId,
                ManagerCustomerId = managerCustomerId,
                Active = active,
                CreatedOnUtc = DateTime.UtcNow
            });
            return null;
        }

        profile.ManagerCustomerId = managerCustomerId;
        profile.Active = active;
        await _staffProfileRepository.UpdateAsync(profile);

        return null;
    }

    #endregion
}
