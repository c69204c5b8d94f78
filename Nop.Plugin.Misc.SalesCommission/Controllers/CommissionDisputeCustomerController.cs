using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Validators;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Web.Controllers;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>
/// A staff member's disputes in the storefront: question one of their own entries or report a missing order, read the
/// thread and its outcome, reply while it is open. Anyone asking for a dispute or an entry that is not theirs gets
/// "page not found", so the pages do not even tell that it exists.
/// </summary>
[AutoValidateAntiforgeryToken]
public class CommissionDisputeCustomerController : BasePublicController
{
    private const string ViewPath = "~/Plugins/Misc.SalesCommission/Views/Customer/";

    private readonly ICustomerService _customerService;
    private readonly IDisputeModelFactory _disputeModelFactory;
    private readonly IDisputeService _disputeService;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepStatementService _repStatementService;
    private readonly IWorkContext _workContext;

    /// <summary>Creates the controller.</summary>
    public CommissionDisputeCustomerController(ICustomerService customerService,
        IDisputeModelFactory disputeModelFactory,
        IDisputeService disputeService,
        ILocalizationService localizationService,
        IRepository<CommissionEntry> entryRepository,
        IRepStatementService repStatementService,
        IWorkContext workContext)
    {
        _customerService = customerService;
        _disputeModelFactory = disputeModelFactory;
        _disputeService = disputeService;
        _localizationService = localizationService;
        _entryRepository = entryRepository;
        _repStatementService = repStatementService;
        _workContext = workContext;
    }

    /// <summary>The viewer when they are a registered staff member; otherwise null.</summary>
    private async Task<(Customer Viewer, IActionResult Denied)> StaffViewerAsync()
    {
        var viewer = await _workContext.GetCurrentCustomerAsync();
        if (!await _customerService.IsRegisteredAsync(viewer))
            return (null, Challenge());

        var visibility = await _repStatementService.GetTeamVisibilityAsync();
        return visibility.MaySee(EngineId.Of(viewer.Id), EngineId.Of(viewer.Id)) ? (viewer, null) : (null, NotFound());
    }

    /// <summary>The viewer's own entry, or null when it does not exist or is not theirs.</summary>
    private async Task<CommissionEntry> OwnEntryAsync(Customer viewer, int? entryId)
    {
        if (entryId is not { } id || await _entryRepository.GetByIdAsync(id) is not { } entry)
            return null;

        return entry.BeneficiaryType == Engine.Crediting.BeneficiaryType.Staff && entry.BeneficiaryId == viewer.Id ? entry : null;
    }

    /// <summary>The viewer's own dispute, or null.</summary>
    private async Task<CommissionDispute> OwnDisputeAsync(Customer viewer, int disputeId) =>
        await _disputeService.GetDisputeAsync(disputeId) is { } dispute && dispute.StaffCustomerId == viewer.Id ? dispute : null;

    /// <summary>The viewer's disputes.</summary>
    [HttpGet]
    public async Task<IActionResult> MyDisputes()
    {
        var (viewer, denied) = await StaffViewerAsync();
        if (denied is not null)
            return denied;

        return View($"{ViewPath}MyDisputes.cshtml", await _disputeModelFactory.PrepareMyDisputesModelAsync(viewer.Id));
    }

    /// <summary>The form questioning one of the viewer's entries, or reporting a missing order (no entry).</summary>
    [HttpGet]
    public async Task<IActionResult> OpenDispute(int? entryId)
    {
        var (viewer, denied) = await StaffViewerAsync();
        if (denied is not null)
            return denied;

        var entry = await OwnEntryAsync(viewer, entryId);
        if (entryId is not null && entry is null)
            return NotFound();

        return View($"{ViewPath}OpenDispute.cshtml", await _disputeModelFactory.PrepareDisputeFormModelAsync(new DisputeFormModel(), entry));
    }

    /// <summary>Opens the dispute, or shows the form again with the reasons next to the fields (nothing saved).</summary>
    [HttpPost]
    public async Task<IActionResult> OpenDispute(DisputeFormModel model)
    {
        var (viewer, denied) = await StaffViewerAsync();
        if (denied is not null)
            return denied;

        var entry = await OwnEntryAsync(viewer, model.EntryId);
        if (model.EntryId is not null && entry is null)
            return NotFound();

        int? orderId = null;
        if (entry is null && ModelState.IsValid)
        {
            orderId = await _disputeService.FindOrderIdAsync(model.OrderNumber);
            if (orderId is null)
                ModelState.AddModelError(nameof(DisputeFormModel.OrderNumber),
                    await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Disputes.OrderNumber.Unknown"));
        }
        if (!ModelState.IsValid)
            return View($"{ViewPath}OpenDispute.cshtml", await _disputeModelFactory.PrepareDisputeFormModelAsync(model, entry));

        var comment = model.Comment.Trim();
        var dispute = entry is not null
            ? (await _disputeService.OpenAboutEntryAsync(viewer.Id, entry.Id, comment)).Dispute
            : await _disputeService.OpenAboutMissingOrderAsync(viewer.Id, orderId!.Value, comment);
        if (dispute is null)
            return NotFound();

        return RedirectToRoute(SalesCommissionDefaults.DisputeRouteName, new { disputeId = dispute.Id });
    }

    /// <summary>One of the viewer's disputes with its thread and outcome.</summary>
    [HttpGet]
    public async Task<IActionResult> Dispute(int disputeId)
    {
        var (viewer, denied) = await StaffViewerAsync();
        if (denied is not null)
            return denied;

        if (await OwnDisputeAsync(viewer, disputeId) is not { } dispute)
            return NotFound();

        return View($"{ViewPath}Dispute.cshtml", await _disputeModelFactory.PrepareDisputeThreadModelAsync(dispute));
    }

    /// <summary>Adds the viewer's reply to their open dispute, or shows the thread again with the reason next to the field.</summary>
    [HttpPost]
    public async Task<IActionResult> Dispute(int disputeId, DisputeThreadModel model)
    {
        var (viewer, denied) = await StaffViewerAsync();
        if (denied is not null)
            return denied;

        if (await OwnDisputeAsync(viewer, disputeId) is not { } dispute)
            return NotFound();

        if (ModelState.IsValid && await _disputeService.ReplyAsync(dispute, viewer.Id, model.Text.Trim()) is { } refusal)
            ModelState.AddModelError(nameof(DisputeThreadModel.Text), await _localizationService.GetLocalizedEnumAsync(refusal));
        if (!ModelState.IsValid)
            return View($"{ViewPath}Dispute.cshtml", await _disputeModelFactory.PrepareDisputeThreadModelAsync(dispute, model.Text));

        return RedirectToRoute(SalesCommissionDefaults.DisputeRouteName, new { disputeId = dispute.Id });
    }
}
