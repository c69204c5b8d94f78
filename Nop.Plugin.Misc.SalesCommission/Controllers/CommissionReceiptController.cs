using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Commission receipts: drafting, approval, payment, void, expense booking and the printable statement.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionReceiptController : BasePluginController
{
    #region Fields

    private const string ViewPath = "~/Plugins/Misc.SalesCommission/Views/Admin/Receipts/";
    private const string ResourcePrefix = "Plugins.Misc.SalesCommission.Receipts.";

    private readonly ICommissionJobService _jobService;
    private readonly IExpenseService _expenseService;
    private readonly ILocalizationService _localizationService;
    private readonly IMoneyFormat _moneyFormat;
    private readonly INotificationService _notificationService;
    private readonly IReceiptModelFactory _receiptModelFactory;
    private readonly IReceiptService _receiptService;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionReceiptController(IExpenseService expenseService,
        ILocalizationService localizationService,
        IMoneyFormat moneyFormat,
        INotificationService notificationService,
        IReceiptModelFactory receiptModelFactory,
        IReceiptService receiptService,
        ICommissionJobService jobService)
    {
        _jobService = jobService;
        _expenseService = expenseService;
        _localizationService = localizationService;
        _moneyFormat = moneyFormat;
        _notificationService = notificationService;
        _receiptModelFactory = receiptModelFactory;
        _receiptService = receiptService;
    }

    #endregion

    #region Utilities

    /// <summary>Tells the user what the engine decided and returns to the receipt.</summary>
    private async Task<IActionResult> ReportAsync(int receiptId, ReceiptDecision decision, string doneResource)
    {
        if (decision.Allowed)
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(ResourcePrefix + doneResource));
        else
        {
            _notificationService.ErrorNotification(string.Format(CultureInfo.CurrentCulture,
                await _localizationService.GetResourceAsync(ResourcePrefix + "Refused"),
                decision.Reason is { } reason ? await _localizationService.GetLocalizedEnumAsync(reason) : decision.Refusal));
        }

        return RedirectToAction(nameof(Details), new { id = receiptId });
    }

    private async Task<bool> ExistsAsync(int receiptId) => await _receiptService.GetReceiptByIdAsync(receiptId) is not null;

    #endregion

    #region Methods

    /// <summary>The receipts page.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> List()
    {
        var model = await _receiptModelFactory.PrepareReceiptSearchModelAsync(new ReceiptSearchModel());
        return View(ViewPath + "List.cshtml", model);
    }

    /// <summary>A page of receipts for the grid.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> List(ReceiptSearchModel searchModel)
    {
        return Json(await _receiptModelFactory.PrepareReceiptListModelAsync(searchModel));
    }

    /// <summary>Drafts receipts of pending entries up to a cut-off day, in the background.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> CreateDrafts([Bind(Prefix = nameof(ReceiptSearchModel.CreateDrafts))] CreateDraftsModel model)
    {
        if (!ModelState.IsValid)
        {
            _notificationService.NotifyErrors(ModelState);
            return RedirectToAction(nameof(List));
        }

        var cutoffUtc = await _receiptModelFactory.EndOfDayUtcAsync(model.CutoffDate!.Value);
        var beneficiary = BeneficiaryKey.Parse(model.Beneficiary);
        var (job, started) = await _jobService.StartAsync(JobKind.ReceiptDrafts,
            new ReceiptDraftJobRequest(cutoffUtc, beneficiary?.Type, beneficiary?.Id));
        if (!started)
            _notificationService.WarningNotification(await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Jobs.AlreadyRunning"));

        return RedirectToAction("Progress", "CommissionJob", new { id = job.Id });
    }

    /// <summary>A receipt with its entries and the actions allowed now.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> Details(int id)
    {
        if (await _receiptModelFactory.PrepareReceiptModelAsync(id) is not { } model)
            return RedirectToAction(nameof(List));

        return View(ViewPath + "Details.cshtml", model);
    }

    /// <summary>The printable statement of a receipt.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> Statement(int id)
    {
        if (await _receiptModelFactory.PrepareReceiptModelAsync(id) is not { } model)
            return RedirectToAction(nameof(List));

        return View(ViewPath + "Statement.cshtml", model);
    }

    /// <summary>A receipt's statement lines as a CSV or Excel file.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> ExportStatement(int id, ExportFormat exportFormat)
    {
        if (await _receiptModelFactory.ExportStatementAsync(id, exportFormat) is not { } file)
            return RedirectToAction(nameof(List));

        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Approves a draft.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> Approve(int id)
    {
        if (!await ExistsAsync(id))
            return RedirectToAction(nameof(List));

        return await ReportAsync(id, await _receiptService.ApproveAsync(id), "Approved");
    }

    /// <summary>Voids a draft or approved receipt.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> Void(int id)
    {
        if (!await ExistsAsync(id))
            return RedirectToAction(nameof(List));

        return await ReportAsync(id, await _receiptService.VoidAsync(id), "Voided");
    }

    /// <summary>Records the payment of an approved receipt.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> Pay([Bind(Prefix = nameof(ReceiptModel.Pay))] PayReceiptModel model)
    {
        if (!await ExistsAsync(model.ReceiptId))
            return RedirectToAction(nameof(List));

        if (!ModelState.IsValid)
        {
            _notificationService.NotifyErrors(ModelState);
            return RedirectToAction(nameof(Details), new { id = model.ReceiptId });
        }

        var paidOnUtc = await _receiptModelFactory.EndOfDayUtcAsync(model.PaidOn!.Value);
        var decision = await _receiptService.PayAsync(model.ReceiptId, paidOnUtc, model.Method.Trim(), model.Reference?.Trim());

        return await ReportAsync(model.ReceiptId, decision, "Paid");
    }

    /// <summary>Books a paid receipt in the expense journal, once.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.PAY_RECEIPTS)]
    public virtual async Task<IActionResult> BookExpense([Bind(Prefix = nameof(ReceiptModel.BookExpense))] BookExpenseModel model)
    {
        if (!await ExistsAsync(model.ReceiptId))
            return RedirectToAction(nameof(List));

        if (!ModelState.IsValid)
        {
            _notificationService.NotifyErrors(ModelState);
            return RedirectToAction(nameof(Details), new { id = model.ReceiptId });
        }

        return await ReportAsync(model.ReceiptId, await _expenseService.BookReceiptAsync(model.ReceiptId, model.Note?.Trim()), "ExpenseBooked");
    }

    #endregion
}
