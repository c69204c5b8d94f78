using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Targets;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the targets pages.</summary>
public class TargetModelFactory : ITargetModelFactory
{
    #region Fields

    private static readonly LadderWindow[] TargetPeriods = [LadderWindow.Month, LadderWindow.Quarter, LadderWindow.Year];

    private readonly ICustomerService _customerService;
    private readonly IEntryService _entryService;
    private readonly ILocalizationService _localizationService;
    private readonly IMoneyFormat _moneyFormat;
    private readonly ITargetService _targetService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public TargetModelFactory(ICustomerService customerService,
        IEntryService entryService,
        ILocalizationService localizationService,
        IMoneyFormat moneyFormat,
        ITargetService targetService)
    {
        _customerService = customerService;
        _entryService = entryService;
        _localizationService = localizationService;
        _moneyFormat = moneyFormat;
        _targetService = targetService;
    }

    #endregion

    #region Utilities

    private async Task<string> GetGroupNameAsync(int customerRoleId)
    {
        var role = await _customerService.GetCustomerRoleByIdAsync(customerRoleId);
        return role?.Name ?? $"#{customerRoleId}";
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual Task<TargetSearchModel> PrepareTargetSearchModelAsync(TargetSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        searchModel.SetGridPageSize();
        return Task.FromResult(searchModel);
    }

    /// <inheritdoc />
    public virtual async Task<TargetListModel> PrepareTargetListModelAsync(TargetSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var targets = await _targetService.SearchTargetsAsync(searchModel.Page - 1, searchModel.PageSize);
        var staffNames = await _entryService.GetBeneficiaryNamesAsync(targets
            .Where(target => target.StaffCustomerId.HasValue)
            .Select(target => (BeneficiaryType.Staff, target.StaffCustomerId!.Value)));
        var teamQuota = await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Targets.TeamQuota");

        var rows = new List<TargetModel>();
        foreach (var target in targets)
        {
            var attainment = await _targetService.GetAttainmentAsync(target);
            rows.Add(new TargetModel
            {
                Id = target.Id,
                StaffCustomerId = target.StaffCustomerId ?? 0,
                CustomerRoleId = target.CustomerRoleId ?? 0,
                PeriodId = target.PeriodId,
                StartDate = target.StartDateUtc,
                Amount = target.Amount,
                OwnerName = target.StaffCustomerId is { } staffId
                    ? staffNames.TryGetValue((BeneficiaryType.Staff, staffId), out var name) ? name : $"#{staffId}"
                    : string.Format(teamQuota, await GetGroupNameAsync(target.CustomerRoleId ?? 0)),
                AmountText = await _moneyFormat.FormatAsync(target.Amount),
                PeriodLabel = string.Format(CultureInfo.CurrentCulture, "{0} {1:d} – {2:d}",
                    await _localizationService.GetLocalizedEnumAsync(attainment.Target.Window),
                    attainment.Target.StartDate, attainment.Target.EndDate.AddDays(-1)),
                Credited = Money.Round(attainment.CreditedNetSales),
                CreditedText = await _moneyFormat.FormatAsync(attainment.CreditedNetSales),
                Percent = attainment.ShownPercent,
                Remaining = Money.Round(attainment.Remaining),
                RemainingText = await _moneyFormat.FormatAsync(attainment.Remaining)
            });
        }

        return new TargetListModel().PrepareToGrid(searchModel, targets, () => rows);
    }

    /// <inheritdoc />
    public virtual async Task<TargetModel> PrepareTargetModelAsync(TargetModel model, CommissionTarget target)
    {
        if (model is null)
        {
            model = new TargetModel { PeriodId = (int)LadderWindow.Month, StartDate = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1) };
            if (target is not null)
            {
                model.Id = target.Id;
                model.StaffCustomerId = target.StaffCustomerId ?? 0;
                model.CustomerRoleId = target.CustomerRoleId ?? 0;
                model.PeriodId = target.PeriodId;
                model.StartDate = target.StartDateUtc;
                model.Amount = target.Amount;
            }
        }

        var none = await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Targets.None");
        model.AvailableStaff.Add(new SelectListItem(none, "0"));
        foreach (var (_, id, name) in (await _entryService.GetAllBeneficiariesAsync()).Where(b => b.Type == BeneficiaryType.Staff).OrderBy(b => b.Name))
            model.AvailableStaff.Add(new SelectListItem(name, id.ToString(CultureInfo.InvariantCulture)));

        model.AvailableGroups.Add(new SelectListItem(none, "0"));
        foreach (var role in await _customerService.GetAllCustomerRolesAsync(showHidden: true))
            model.AvailableGroups.Add(new SelectListItem(role.Name, role.Id.ToString(CultureInfo.InvariantCulture)));

        foreach (var period in TargetPeriods)
            model.AvailablePeriods.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(period), ((int)period).ToString(CultureInfo.InvariantCulture)));

        return model;
    }

    #endregion
}
