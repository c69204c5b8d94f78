using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Validators;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>The commission ledger: entries, recalculation and an order's sellers.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionEntryController : BasePluginController
{
    #region Fields

    private const string ViewPath = "~/Plugins/Misc.SalesCommission/Views/Admin/Entries/";
    private const string ResourcePrefix = "Plugins.Misc.SalesCommission.Entries.";

    private readonly IEntryModelFactory _entryModelFactory;
    private readonly ILocalizationService _localizationService;
    private readonly IMissedOrderService _missedOrderService;
    private readonly IMoneyFormat _moneyFormat;
    private readonly INotificationService _notificationService;
    private readonly IOrderSellerService _orderSellerService;
    private readonly ICommissionJobService _jobService;
    private readonly IRecalculationService _recalculationService;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionEntryController(IEntryModelFactory entryModelFactory,
        ILocalizationService localizationService,
        IMissedOrderService missedOrderService,
        IMoneyFormat moneyFormat,
        INotificationService notificationService,
        IOrderSellerService orderSellerService,
        IRecalculationService recalculationService,
        ICommissionJobService jobService)
    {
        _jobService = jobService;
        _entryModelFactory = entryModelFactory;
        _localizationService = localizationService;
        _missedOrderService = missedOrderService;
        _moneyFormat = moneyFormat;
        _notificationService = notificationService;
        _orderSellerService = orderSellerService;
        _recalculationService = recalculationService;
    }

    #endregion

    #region Utilities

    /// <summary>Starts a recalculation in the background and shows its progress (or the one of its kind already running).</summary>
    private async Task<IActionResult> StartRecalculationAsync(RecalculationModel model, JobKind kind)
    {
        var scope = await _entryModelFactory.GetRecalculationScopeAsync(model);
        var (job, started) = await _jobService.StartAsync(kind, new RecalculationJobRequest(
            PaidOrderRange.Of(scope.FromUtc, scope.ToUtc, scope.OrderIds), model.FromDate, model.ToDate, model.OrderIds,
            model.CreditAgain));
        if (!started)
            _notificationService.WarningNotification(await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Jobs.AlreadyRunning"));

        return RedirectToAction("Progress", "CommissionJob", new { id = job.Id });
    }

    private IActionResult OrderPage(int orderId) =>
        Redirect(Url.Content($"~/Admin/Order/Edit/{orderId.ToString(CultureInfo.InvariantCulture)}"));

    #endregion

    #region Methods

    /// <summary>Takes in now the order events the ledger missed (the dashboard card's button), then back to the dashboard.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> TakeInMissed()
    {
        var taken = await _missedOrderService.TakeInMissedAsync();
        _notificationService.SuccessNotification(string.Format(CultureInfo.CurrentCulture,
            await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Dashboard.TookInMissed"), taken));
        return Redirect(Url.Content("~/Admin"));
    }

    /// <summary>The ledger page.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List()
    {
        var model = await _entryModelFactory.PrepareEntrySearchModelAsync(new EntrySearchModel());
        return View(ViewPath + "List.cshtml", model);
    }

    /// <summary>A page of entries for the grid.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List(EntrySearchModel searchModel)
    {
        if (!ModelState.IsValid)
            return ErrorJson(ModelState.SerializeErrors());

        return Json(await _entryModelFactory.PrepareEntryListModelAsync(searchModel));
    }

    /// <summary>The entries, as filtered, as a CSV or Excel file.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Export(EntrySearchModel searchModel, ExportFormat exportFormat)
    {
        if (!ModelState.IsValid)
        {
            _notificationService.NotifyErrors(ModelState);
            return RedirectToAction(nameof(List));
        }

        var file = await _entryModelFactory.ExportAsync(searchModel, exportFormat);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>A page of recalculation runs for the grid.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> RunList(RecalculationRunSearchModel searchModel)
    {
        return Json(await _entryModelFactory.PrepareRunListModelAsync(searchModel));
    }

    /// <summary>Shows what a recalculation would change; writes nothing but the record of the run.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Recalculate([Bind(Prefix = nameof(EntrySearchModel.Recalculation))] RecalculationModel model)
    {
        if (!ModelState.IsValid)
        {
            _notificationService.NotifyErrors(ModelState);
            return RedirectToAction(nameof(List));
        }

        return await StartRecalculationAsync(model, JobKind.RecalculationPreview);
    }

    /// <summary>Recalculates, writes the differences and returns to the ledger page (so a reload posts nothing again).</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> ApplyRecalculation([Bind(Prefix = nameof(EntrySearchModel.Recalculation))] RecalculationModel model)
    {
        if (!ModelState.IsValid)
        {
            _notificationService.NotifyErrors(ModelState);
            return RedirectToAction(nameof(List));
        }

        return await StartRecalculationAsync(model, JobKind.RecalculationApply);
    }

    /// <summary>Saves an order's sellers (posted with the host's order form) and returns to the order page.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> SaveOrderSellers(OrderSellersModel model)
    {
        if (model.CommissionOrderId <= 0)
            return RedirectToAction(nameof(List));

        if (!ModelState.IsValid)
        {
            _notificationService.NotifyErrors(ModelState);
            return OrderPage(model.CommissionOrderId);
        }

        var sellers = model.FilledSellers().Select(seller => (seller.StaffCustomerId, seller.Split)).ToList();
        var problems = await _orderSellerService.SaveSellersAsync(model.CommissionOrderId, sellers);
        foreach (var problem in problems)
        {
            _notificationService.ErrorNotification(string.Format(CultureInfo.CurrentCulture,
                await _localizationService.GetResourceAsync(OrderSellersModelValidator.ResourceFor(problem.Issue)),
                (problem.Index ?? 0) + 1));
        }

        if (problems.Count == 0)
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(ResourcePrefix + "Sellers.Saved"));

        return OrderPage(model.CommissionOrderId);
    }

    #endregion
}
