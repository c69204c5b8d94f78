using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>
/// Background jobs: a progress page that polls, a cancel button, and the result once finished (kept until viewed).
/// Each job needs the permission of the work it does.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionJobController : BasePluginController
{
    #region Fields

    private const string ViewPath = "~/Plugins/Misc.SalesCommission/Views/Admin/Jobs/";
    private const string ResourcePrefix = "Plugins.Misc.SalesCommission.Jobs.";

    private readonly ICommissionJobService _jobService;
    private readonly IEntryModelFactory _entryModelFactory;
    private readonly IJobModelFactory _jobModelFactory;
    private readonly ILocalizationService _localizationService;
    private readonly IMoneyFormat _moneyFormat;
    private readonly INotificationService _notificationService;
    private readonly IPermissionService _permissionService;
    private readonly IProgramModelFactory _programModelFactory;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionJobController(ICommissionJobService jobService,
        IEntryModelFactory entryModelFactory,
        IJobModelFactory jobModelFactory,
        ILocalizationService localizationService,
        IMoneyFormat moneyFormat,
        INotificationService notificationService,
        IPermissionService permissionService,
        IProgramModelFactory programModelFactory)
    {
        _jobService = jobService;
        _entryModelFactory = entryModelFactory;
        _jobModelFactory = jobModelFactory;
        _localizationService = localizationService;
        _moneyFormat = moneyFormat;
        _notificationService = notificationService;
        _permissionService = permissionService;
        _programModelFactory = programModelFactory;
    }

    #endregion

    #region Utilities

    /// <summary>The job, when it exists and the current admin may do its kind of work; null otherwise.</summary>
    private async Task<CommissionJob> GetPermittedJobAsync(int id)
    {
        var job = await _jobService.GetJobAsync(id);
        if (job is null)
            return null;

        var permission = job.Kind == JobKind.ReceiptDrafts
            ? SalesCommissionPermissionConfigManager.PAY_RECEIPTS
            : SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS;
        return await _permissionService.AuthorizeAsync(permission) ? job : null;
    }

    private async Task<IActionResult> RecalculationResultAsync(CommissionJob job)
    {
        var request = _jobService.Read<RecalculationJobRequest>(job.Parameters);
        var result = _jobService.Read<RecalculationJobResult>(job.Result);
        var model = await _entryModelFactory.PrepareRecalculationPreviewModelAsync(
            new RecalculationModel { FromDate = request.FromDate, ToDate = request.ToDate, OrderIds = request.OrderIds, CreditAgain = request.CreditAgain },
            result.Differences);
        model.Applied = job.Kind == JobKind.RecalculationApply;
        model.NetChange = result.NetChange;
        model.NetChangeText = await _moneyFormat.FormatAsync(result.NetChange);
        model.Changes = result.Changes;
        model.Summary = result.Summary;
        if (job.Kind == JobKind.RecalculationApply)
        {
            _notificationService.SuccessNotification(string.Format(CultureInfo.CurrentCulture,
                await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Entries.Recalculation.Applied"),
                result.Changes, model.NetChangeText));
        }

        return View("~/Plugins/Misc.SalesCommission/Views/Admin/Entries/Preview.cshtml", model);
    }

    private async Task<IActionResult> SimulationResultAsync(CommissionJob job)
    {
        var request = _jobService.Read<SimulationJobRequest>(job.Parameters);
        var model = await _programModelFactory.PrepareSimulationModelAsync(_jobService.Read<ProgramSimulation>(job.Result));
        ViewBag.ProgramId = request.Definition.Program.Id;
        ViewBag.ProgramName = request.Definition.Program.Name;

        return View(ViewPath + "SimulationResult.cshtml", model);
    }

    private async Task<IActionResult> DraftsResultAsync(CommissionJob job)
    {
        var result = _jobService.Read<ReceiptDraftJobResult>(job.Result);
        _notificationService.SuccessNotification(string.Format(CultureInfo.CurrentCulture,
            await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Receipts.CreateDrafts.Done"),
            result.Receipts, await _moneyFormat.FormatAsync(result.Total)));

        return RedirectToAction("List", "CommissionReceipt");
    }

    #endregion

    #region Methods

    /// <summary>The progress page of a job; it polls <see cref="Status"/> until the job ends.</summary>
    public virtual async Task<IActionResult> Progress(int id)
    {
        if (await GetPermittedJobAsync(id) is not { } job)
            return AccessDeniedView();

        return View(ViewPath + "Progress.cshtml", await _jobModelFactory.PrepareJobProgressModelAsync(job));
    }

    /// <summary>How far a job is, for the progress page's polling.</summary>
    public virtual async Task<IActionResult> Status(int id)
    {
        if (await GetPermittedJobAsync(id) is not { } job)
            return Json(new { });

        return Json(await _jobModelFactory.PrepareJobProgressModelAsync(job));
    }

    /// <summary>Asks a job to stop after the batch in hand.</summary>
    [HttpPost]
    public virtual async Task<IActionResult> Cancel(int id)
    {
        if (await GetPermittedJobAsync(id) is not { } job)
            return AccessDeniedView();

        await _jobService.RequestCancelAsync(job);
        _notificationService.WarningNotification(await _localizationService.GetResourceAsync(ResourcePrefix + "CancelRequested"));

        return RedirectToAction(nameof(Progress), new { id });
    }

    /// <summary>A finished job's result; it is kept a day after it was first viewed.</summary>
    public virtual async Task<IActionResult> Result(int id)
    {
        if (await GetPermittedJobAsync(id) is not { } job)
            return AccessDeniedView();
        if (job.Result is null)
            return RedirectToAction(nameof(Progress), new { id });

        await _jobService.MarkViewedAsync(job);
        return job.Kind switch
        {
            JobKind.RecalculationPreview or JobKind.RecalculationApply => await RecalculationResultAsync(job),
            JobKind.Simulation => await SimulationResultAsync(job),
            _ => await DraftsResultAsync(job)
        };
    }

    #endregion
}
