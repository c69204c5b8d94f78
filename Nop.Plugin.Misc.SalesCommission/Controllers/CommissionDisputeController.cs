using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Engine.Disputes;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Disputes for managers and finance: the list, the thread, an answer, a resolution by adjustment or a refusal.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionDisputeController : BasePluginController
{
    #region Fields

    private const string ViewPath = "~/Plugins/Misc.SalesCommission/Views/Admin/Disputes/";
    private const string Prefix = "Plugins.Misc.SalesCommission.Disputes.";
    private const string Manage = SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS;
    private const string Pay = SalesCommissionPermissionConfigManager.PAY_RECEIPTS;

    private readonly IDisputeModelFactory _disputeModelFactory;
    private readonly IDisputeService _disputeService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionDisputeController(IDisputeModelFactory disputeModelFactory,
        IDisputeService disputeService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IWorkContext workContext)
    {
        _disputeModelFactory = disputeModelFactory;
        _disputeService = disputeService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _workContext = workContext;
    }

    #endregion

    #region Utilities

    /// <summary>Shows the dispute again with what was typed and the reasons next to the fields; nothing was saved.</summary>
    private async Task<IActionResult> DetailsAgainAsync(Domain.CommissionDispute dispute, DisputeModel typed) =>
        View(ViewPath + "Details.cshtml", await _disputeModelFactory.PrepareDisputeModelAsync(dispute, typed));

    /// <summary>Tells what happened and returns to the dispute, or shows the engine's refusal next to the field.</summary>
    private async Task<IActionResult> DoneAsync(Domain.CommissionDispute dispute, DisputeRefusal? refusal, string field, DisputeModel typed, string done)
    {
        if (refusal is { } reason)
        {
            ModelState.AddModelError(field, await _localizationService.GetLocalizedEnumAsync(reason));
            return await DetailsAgainAsync(dispute, typed);
        }

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(Prefix + done));
        return RedirectToAction(nameof(Details), new { id = dispute.Id });
    }

    private async Task<int> OfficeIdAsync() => (await _workContext.GetCurrentCustomerAsync()).Id;

    #endregion

    #region Methods

    /// <summary>The disputes page (open ones first shown).</summary>
    [CheckPermission([Manage, Pay])]
    public virtual async Task<IActionResult> List()
    {
        return View(ViewPath + "List.cshtml", await _disputeModelFactory.PrepareDisputeSearchModelAsync(new DisputeSearchModel()));
    }

    /// <summary>A page of disputes for the grid.</summary>
    [HttpPost]
    [CheckPermission([Manage, Pay])]
    public virtual async Task<IActionResult> List(DisputeSearchModel searchModel)
    {
        return Json(await _disputeModelFactory.PrepareDisputeListModelAsync(searchModel));
    }

    /// <summary>A dispute with its thread and the office's forms.</summary>
    [CheckPermission([Manage, Pay])]
    public virtual async Task<IActionResult> Details(int id)
    {
        if (await _disputeService.GetDisputeAsync(id) is not { } dispute)
            return RedirectToAction(nameof(List));

        return View(ViewPath + "Details.cshtml", await _disputeModelFactory.PrepareDisputeModelAsync(dispute));
    }

    /// <summary>Answers a dispute (it stays open).</summary>
    [HttpPost]
    [CheckPermission([Manage, Pay])]
    public virtual async Task<IActionResult> Reply([Bind(Prefix = nameof(DisputeModel.Reply))] DisputeReplyModel model)
    {
        if (await _disputeService.GetDisputeAsync(model.DisputeId) is not { } dispute)
            return RedirectToAction(nameof(List));

        var typed = new DisputeModel { Reply = model };
        if (!ModelState.IsValid)
            return await DetailsAgainAsync(dispute, typed);

        return await DoneAsync(dispute, await _disputeService.ReplyAsync(dispute, await OfficeIdAsync(), model.Text.Trim()),
            $"{nameof(DisputeModel.Reply)}.{nameof(DisputeReplyModel.Text)}", typed, "Answered");
    }

    /// <summary>Resolves a dispute by an adjustment entry carrying its reference.</summary>
    [HttpPost]
    [CheckPermission([Manage, Pay])]
    public virtual async Task<IActionResult> Resolve([Bind(Prefix = nameof(DisputeModel.Resolve))] DisputeResolveModel model)
    {
        if (await _disputeService.GetDisputeAsync(model.DisputeId) is not { } dispute)
            return RedirectToAction(nameof(List));

        var typed = new DisputeModel { Resolve = model };
        if (dispute.EntryId is null && model.ProgramId <= 0)
        {
            ModelState.AddModelError($"{nameof(DisputeModel.Resolve)}.{nameof(DisputeResolveModel.ProgramId)}",
                await _localizationService.GetResourceAsync(Prefix + "Program.Required"));
        }
        if (!ModelState.IsValid)
            return await DetailsAgainAsync(dispute, typed);

        var refusal = await _disputeService.ResolveAsync(dispute, await OfficeIdAsync(), model.Amount!.Value, model.Note.Trim(),
            dispute.EntryId is null ? model.ProgramId : null);
        return await DoneAsync(dispute, refusal, $"{nameof(DisputeModel.Resolve)}.{nameof(DisputeResolveModel.Amount)}", typed, "Resolved");
    }

    /// <summary>Refuses a dispute with a reason.</summary>
    [HttpPost]
    [CheckPermission([Manage, Pay])]
    public virtual async Task<IActionResult> Refuse([Bind(Prefix = nameof(DisputeModel.Refuse))] DisputeReplyModel model)
    {
        if (await _disputeService.GetDisputeAsync(model.DisputeId) is not { } dispute)
            return RedirectToAction(nameof(List));

        var typed = new DisputeModel { Refuse = model };
        if (!ModelState.IsValid)
            return await DetailsAgainAsync(dispute, typed);

        return await DoneAsync(dispute, await _disputeService.RefuseAsync(dispute, await OfficeIdAsync(), model.Text.Trim()),
            $"{nameof(DisputeModel.Refuse)}.{nameof(DisputeReplyModel.Text)}", typed, "Refused");
    }

    #endregion
}
