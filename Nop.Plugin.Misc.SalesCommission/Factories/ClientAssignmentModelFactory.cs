using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Clients;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the clients and groups pages.</summary>
public class ClientAssignmentModelFactory : IClientAssignmentModelFactory
{
    #region Fields

    private const string Prefix = "Plugins.Misc.SalesCommission.Clients.";

    /// <summary>How many owner rows the editor offers.</summary>
    private const int OwnerRows = 5;

    private readonly IClientAssignmentService _assignmentService;
    private readonly ICustomerService _customerService;
    private readonly IEntryService _entryService;
    private readonly ILocalizationService _localizationService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public ClientAssignmentModelFactory(IClientAssignmentService assignmentService,
        ICustomerService customerService,
        IEntryService entryService,
        ILocalizationService localizationService)
    {
        _assignmentService = assignmentService;
        _customerService = customerService;
        _entryService = entryService;
        _localizationService = localizationService;
    }

    #endregion

    #region Utilities

    private async Task<IDictionary<int, string>> StaffNamesAsync() =>
        (await _entryService.GetAllBeneficiariesAsync()).Where(b => b.Type == BeneficiaryType.Staff).ToDictionary(b => b.Id, b => b.Name);

    private static string OwnersText(IEnumerable<(int StaffId, decimal Split)> owners, IDictionary<int, string> names) =>
        string.Join(", ", owners.Select(owner =>
            $"{(names.TryGetValue(owner.StaffId, out var name) ? name : $"#{owner.StaffId}")} {owner.Split.ToString("0.##", CultureInfo.InvariantCulture)}%"));

    private async Task<string> TargetNameAsync(bool isGroup, int targetId)
    {
        if (isGroup)
            return (await _customerService.GetCustomerRoleByIdAsync(targetId))?.Name;

        return (await _customerService.GetCustomerByIdAsync(targetId))?.Email;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<AssignmentSearchModel> PrepareAssignmentSearchModelAsync(AssignmentSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        foreach (var role in await _customerService.GetAllCustomerRolesAsync(showHidden: true))
            searchModel.AvailableGroups.Add(new SelectListItem(role.Name, role.Id.ToString(CultureInfo.InvariantCulture)));
        searchModel.SetGridPageSize();

        return searchModel;
    }

    /// <inheritdoc />
    public virtual async Task<AssignmentListModel> PrepareAssignmentListModelAsync(AssignmentSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var names = await StaffNamesAsync();
        var clientKind = await _localizationService.GetResourceAsync(Prefix + "Kind.Client");
        var groupKind = await _localizationService.GetResourceAsync(Prefix + "Kind.Group");
        var rows = new List<AssignmentRowModel>();

        var groups = (await _assignmentService.GetGroupAssignmentsAsync()).GroupBy(a => a.CustomerRoleId);
        foreach (var group in groups)
        {
            rows.Add(new AssignmentRowModel
            {
                Kind = groupKind, IsGroup = true, TargetId = group.Key, Name = await TargetNameAsync(true, group.Key) ?? $"#{group.Key}",
                Owners = OwnersText(group.Select(a => (a.StaffCustomerId, a.Split)), names)
            });
        }

        var clients = (await _assignmentService.GetClientAssignmentsAsync()).GroupBy(a => a.CustomerId).ToList();
        var emails = (await _customerService.GetCustomersByIdsAsync(clients.Select(c => c.Key).ToArray())).ToDictionary(c => c.Id, c => c.Email);
        foreach (var client in clients)
        {
            rows.Add(new AssignmentRowModel
            {
                Kind = clientKind, IsGroup = false, TargetId = client.Key, Name = emails.GetValueOrDefault(client.Key) ?? $"#{client.Key}",
                Owners = OwnersText(client.Select(a => (a.StaffCustomerId, a.Split)), names)
            });
        }

        var page = new PagedList<AssignmentRowModel>(rows, searchModel.Page - 1, searchModel.PageSize);
        return new AssignmentListModel().PrepareToGrid(searchModel, page, () => page);
    }

    /// <inheritdoc />
    public virtual async Task<ClientOwnersModel> PrepareClientOwnersModelAsync(bool isGroup, int targetId, ClientOwnersModel posted)
    {
        if (await TargetNameAsync(isGroup, targetId) is not { } targetName)
            return null;

        var model = posted ?? new ClientOwnersModel
        {
            Owners = isGroup
                ? (await _assignmentService.GetGroupAssignmentsAsync()).Where(a => a.CustomerRoleId == targetId)
                    .Select(a => new OwnerShareModel { StaffCustomerId = a.StaffCustomerId, Split = a.Split }).ToList()
                : (await _assignmentService.GetClientAssignmentsAsync()).Where(a => a.CustomerId == targetId)
                    .Select(a => new OwnerShareModel { StaffCustomerId = a.StaffCustomerId, Split = a.Split }).ToList()
        };
        model.IsGroup = isGroup;
        model.TargetId = targetId;
        model.TargetName = targetName;
        while (model.Owners.Count < OwnerRows)
            model.Owners.Add(new OwnerShareModel());

        model.AvailableStaff.Add(new SelectListItem(await _localizationService.GetResourceAsync(Prefix + "NoStaff"), "0"));
        foreach (var (id, name) in (await StaffNamesAsync()).OrderBy(staff => staff.Value))
            model.AvailableStaff.Add(new SelectListItem(name, id.ToString(CultureInfo.InvariantCulture)));

        return model;
    }

    #endregion
}
