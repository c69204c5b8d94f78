using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Staff members (customers in the sales-representative role) and their place in the manager hierarchy
/// </summary>
public interface IStaffService
{
    /// <summary>Gets a page of the customers in the sales-representative role.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the page (empty when the role does not exist)</returns>
    Task<IPagedList<Customer>> GetStaffCustomersAsync(int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>Gets every staff profile (manager and active flag).</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the profiles</returns>
    Task<IList<StaffProfile>> GetProfilesAsync();

    /// <summary>
    /// Sets a staff member's manager and active flag, creating their profile on first save; the engine refuses a
    /// manager who is not staff, the member themselves, or someone who reports to them
    /// </summary>
    /// <returns>A task that represents the asynchronous operation; its result is the engine's refusal, or null when saved</returns>
    Task<Engine.Validation.ManagerIssue?> SaveProfileAsync(int customerId, int? managerCustomerId, bool active);
}
