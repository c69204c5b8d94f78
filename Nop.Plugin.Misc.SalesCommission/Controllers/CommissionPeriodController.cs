using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Periods;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Validators;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Period close: finance closes a month; its entries never change again.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionPeriodController : BasePluginController
{
    #region Fields

    private const string ViewPath = "~/Plugins/Misc.SalesCommission/Views/Admin/Periods/List.cshtml";

    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IPeriodCloseService _periodCloseService;
    private readonly IPeriodModelFactory _periodModelFactory;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionPeriodController(ILocalizationService localizationService,
        INotificationService notificationService,
        IPeriodCloseService periodCloseService,
        IPeriodModelFactory periodModelFactory,
        IWorkContext workContext)
    {
        _localizationService = localizationService;
        _notificationService = notificationService;
        _periodCloseService = periodCloseService;
        _periodModelFactory = periodModelFactory;
        _workContext = workContext;
    }

    #endregion

    #region Methods

    /// <summary>The period close page.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> List()
    {
        return View(ViewPath, await _periodModelFactory.PreparePeriodCloseModelAsync(new PeriodCloseModel()));
    }

    /// <summary>Closes a month, or says next to the field why it may not be closed.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> Close(PeriodCloseModel model)
    {
        if (ModelState.IsValid && PeriodCloseModelValidator.TryParseMonth(model.Month, out var month))
        {
            var customer = await _workContext.GetCurrentCustomerAsync();
            if (await _periodCloseService.CloseAsync(month, customer.Id) is { } refusal)
                ModelState.AddModelError(nameof(PeriodCloseModel.Month), await _localizationService.GetLocalizedEnumAsync(refusal));
            else
            {
                _notificationService.SuccessNotification(string.Format(await _localizationService.GetResourceAsync(
                    "Plugins.Misc.SalesCommission.Periods.Closed"), PeriodModelFactory.Describe(month)));
                return RedirectToAction(nameof(List));
            }
        }

        return View(ViewPath, await _periodModelFactory.PreparePeriodCloseModelAsync(model with { AvailableMonths = [], ClosedPeriods = [] }));
    }

    #endregion
}
