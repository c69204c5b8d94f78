using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Staff;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the staff and hierarchy pages.</summary>
public class StaffModelFactory : IStaffModelFactory
{
    #region Fields

    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly IStaffDirectory _staffDirectory;
    private readonly IStaffService _staffService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public StaffModelFactory(ICustomerService customerService, ILocalizationService localizationService, IStaffDirectory staffDirectory,
        IStaffService staffService)
    {
        _customerService = customerService;
        _localizationService = localizationService;
        _staffDirectory = staffDirectory;
        _staffService = staffService;
    }

    #endregion

    #region Utilities

    private async Task<Dictionary<int, string>> NamesAsync(IEnumerable<int> customerIds)
    {
        var names = new Dictionary<int, string>();
        foreach (var customer in await _customerService.GetCustomersByIdsAsync(customerIds.Distinct().ToArray()))
            names[customer.Id] = await _customerService.GetStaffNameAsync(customer);
        return names;
    }

    private static StaffTreeNodeModel Node(StaffMember member, ILookup<string, StaffMember> reports, StaffRoster roster,
        IDictionary<int, string> names, ISet<string> placed)
    {
        placed.Add(member.Id);
        var customerId = EngineId.ToHost(member.Id);
        return new StaffTreeNodeModel
        {
            CustomerId = customerId,
            Name = names.TryGetValue(customerId, out var name) ? name : $"#{customerId}",
            Active = roster.IsActiveStaff(member.Id),
            Reports = reports[member.Id].Where(report => !placed.Contains(report.Id))
                .Select(report => Node(report, reports, roster, names, placed)).ToList()
        };
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<StaffSearchModel> PrepareStaffSearchModelAsync(StaffSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var roster = await _staffDirectory.GetRosterAsync();
        var members = roster.Hierarchy;
        var names = await NamesAsync(members.Select(member => EngineId.ToHost(member.Id)));
        var reports = members.Where(member => member.ManagerId is not null).ToLookup(member => member.ManagerId!);
        var placed = new HashSet<string>();
        searchModel.Hierarchy = members.Where(member => member.ManagerId is null || members.All(other => other.Id != member.ManagerId))
            .Select(member => Node(member, reports, roster, names, placed)).ToList();
        searchModel.SetGridPageSize();

        return searchModel;
    }

    /// <inheritdoc />
    public virtual async Task<StaffListModel> PrepareStaffListModelAsync(StaffSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var customers = await _staffService.GetStaffCustomersAsync(searchModel.Page - 1, searchModel.PageSize);
        var profiles = (await _staffService.GetProfilesAsync()).ToDictionary(profile => profile.CustomerId);
        var managerNames = await NamesAsync(profiles.Values.Where(p => p.ManagerCustomerId.HasValue).Select(p => p.ManagerCustomerId!.Value));

        var rows = new List<StaffModel>();
        foreach (var customer in customers)
        {
            var profile = profiles.GetValueOrDefault(customer.Id);
            rows.Add(new StaffModel
            {
                CustomerId = customer.Id,
                Name = await _customerService.GetStaffNameAsync(customer),
                Email = customer.Email,
                ManagerCustomerId = profile?.ManagerCustomerId ?? 0,
                ManagerName = profile?.ManagerCustomerId is { } managerId && managerNames.TryGetValue(managerId, out var name) ? name : string.Empty,
                Active = profile?.Active ?? true
            });
        }

        return new StaffListModel().PrepareToGrid(searchModel, customers, () => rows);
    }

    /// <inheritdoc />
    public virtual async Task<StaffModel> PrepareStaffModelAsync(int customerId, StaffModel posted)
    {
        var staff = await _staffService.GetStaffCustomersAsync();
        if (staff.FirstOrDefault(customer => customer.Id == customerId) is not { } member)
            return null;

        var profile = (await _staffService.GetProfilesAsync()).FirstOrDefault(p => p.CustomerId == customerId);
        var model = posted ?? new StaffModel
        {
            ManagerCustomerId = profile?.ManagerCustomerId ?? 0,
            Active = profile?.Active ?? true
        };
        model.CustomerId = customerId;
        model.Name = await _customerService.GetStaffNameAsync(member);
        model.Email = member.Email;

        model.AvailableManagers.Add(new SelectListItem(await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Staff.NoManager"), "0"));
        foreach (var customer in staff.Where(customer => customer.Id != customerId))
            model.AvailableManagers.Add(new SelectListItem(await _customerService.GetStaffNameAsync(customer), customer.Id.ToString(CultureInfo.InvariantCulture)));

        return model;
    }

    #endregion
}
