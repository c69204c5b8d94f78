using Nop.Core.Domain.Customers;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>How a staff member is named on the plugin's pages: their full name, or their e-mail when they have none.</summary>
public static class StaffNames
{
    /// <summary>Gets a staff member's name.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the name</returns>
    public static async Task<string> GetStaffNameAsync(this ICustomerService customerService, Customer customer)
    {
        var name = await customerService.GetCustomerFullNameAsync(customer);
        return string.IsNullOrWhiteSpace(name) ? customer.Email : name;
    }
}
