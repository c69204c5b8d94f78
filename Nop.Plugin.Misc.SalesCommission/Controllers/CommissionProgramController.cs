using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Validators;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Commission programs: the list, the editor with one section per type, simulation and soft deletion.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionProgramController : BasePluginController
{
    #region Fields

    private const string ViewPath = "~/Plugins/Misc.SalesCommission/Views/Admin/Programs/";
    private const string ResourcePrefix = "Plugins.Misc.SalesCommission.Programs.";

    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IProductService _productService;
    private readonly IProgramModelFactory _programModelFactory;
    private readonly IProgramService _programService;
    private readonly IProgramVersionService _programVersionService;
    private readonly ICommissionJobService _jobService;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionProgramController(ILocalizationService localizationService,
        INotificationService notificationService,
        IProductService productService,
        IProgramModelFactory programModelFactory,
        IProgramService programService,
        IProgramVersionService programVersionService,
        ICommissionJobService jobService)
    {
        _localizationService = localizationService;
        _notificationService = notificationService;
        _productService = productService;
        _programModelFactory = programModelFactory;
        _programService = programService;
        _programVersionService = programVersionService;
        _jobService = jobService;
    }

    #endregion

    #region Utilities

    private async Task<IActionResult> EditorAsync(ProgramModel model)
    {
        await _programModelFactory.PrepareProgramModelAsync(model, null);
        return View(ViewPath + (model.Id == 0 ? "Create.cshtml" : "Edit.cshtml"), model);
    }

    /// <summary>Turns the posted model into rows and checks every id against the store; errors go next to their fields.</summary>
    private async Task<ProgramDefinition> ToCheckedDefinitionAsync(ProgramModel model, CommissionProgram program)
    {
        var definition = _programModelFactory.ToDefinition(model, program);
        foreach (var reference in await _programService.FindUnknownReferencesAsync(definition))
        {
            ModelState.AddModelError(ProgramModelValidator.PropertyOf(model, reference), string.Format(CultureInfo.CurrentCulture,
                await _localizationService.GetResourceAsync(ProgramModelValidator.ResourceFor(reference.Kind)), reference.Id));
        }

        return ModelState.IsValid ? definition : null;
    }

    /// <summary>
    /// Saves an edit of a stored program: a change of money terms on a program with history becomes a version from the
    /// effective day (rules §5); null, with the reason next to the effective day, when that day is before the latest version's.
    /// </summary>
    private async Task<VersionedSave?> SaveVersionedAsync(ProgramModel model, ProgramDefinition definition)
    {
        var saving = await _programVersionService.SaveAsync(definition, DateOnly.FromDateTime(model.EffectiveDate ?? DateTime.UtcNow));
        if (saving != VersionedSave.BeforeLatest)
        {
            if (saving is VersionedSave.NewVersion or VersionedSave.ReplaceLatest)
                _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(ResourcePrefix + "Versions.Saved"));
            return saving;
        }

        ModelState.AddModelError(nameof(ProgramModel.EffectiveDate),
            await _localizationService.GetResourceAsync(ResourcePrefix + "Fields.EffectiveDate.BeforeLatest"));
        _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(ResourcePrefix + "NotSaved"));
        return null;
    }

    private async Task<IActionResult> SaveAsync(ProgramModel model, CommissionProgram program, bool continueEditing)
    {
        if (!ModelState.IsValid || await ToCheckedDefinitionAsync(model, program) is not { } definition)
        {
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(ResourcePrefix + "NotSaved"));
            return await EditorAsync(model);
        }

        if (program is null)
            await _programService.SaveAsync(definition);
        else if (await SaveVersionedAsync(model, definition) is null)
            return await EditorAsync(model);

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(ResourcePrefix + "Saved"));

        return continueEditing
            ? RedirectToAction(nameof(Edit), new { id = definition.Program.Id })
            : RedirectToAction(nameof(List));
    }

    #endregion

    #region Methods

    /// <summary>The programs page.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List()
    {
        var model = await _programModelFactory.PrepareProgramSearchModelAsync(new ProgramSearchModel());
        return View(ViewPath + "List.cshtml", model);
    }

    /// <summary>A page of programs for the grid.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List(ProgramSearchModel searchModel)
    {
        return Json(await _programModelFactory.PrepareProgramListModelAsync(searchModel));
    }

    /// <summary>The editor for a new program.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Create()
    {
        var model = await _programModelFactory.PrepareProgramModelAsync(null, null);
        return View(ViewPath + "Create.cshtml", model);
    }

    /// <summary>Saves a new program.</summary>
    [HttpPost, ParameterBasedOnFormName("save-continue", "continueEditing")]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Create(ProgramModel model, bool continueEditing)
    {
        model.Id = 0;
        return await SaveAsync(model, null, continueEditing);
    }

    /// <summary>The editor for a stored program.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Edit(int id)
    {
        if (await _programService.GetDefinitionAsync(id) is not { } definition)
            return RedirectToAction(nameof(List));

        var model = await _programModelFactory.PrepareProgramModelAsync(null, definition);
        return View(ViewPath + "Edit.cshtml", model);
    }

    /// <summary>Saves a stored program and replaces its child rows.</summary>
    [HttpPost, ParameterBasedOnFormName("save-continue", "continueEditing")]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Edit(ProgramModel model, bool continueEditing)
    {
        if (await _programService.GetProgramByIdAsync(model.Id) is not { } program)
            return RedirectToAction(nameof(List));

        return await SaveAsync(model, program, continueEditing);
    }

    /// <summary>Runs the program as edited, not saved, over the paid orders of the chosen days in the background; writes nothing.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Simulate(ProgramModel model)
    {
        var stored = model.Id == 0 ? null : await _programService.GetProgramByIdAsync(model.Id);
        if (model.Id != 0 && stored is null)
            return RedirectToAction(nameof(List));

        if (model.SimulateFrom is null || model.SimulateTo is null)
        {
            ModelState.AddModelError(nameof(ProgramModel.SimulateFrom),
                await _localizationService.GetResourceAsync(ResourcePrefix + "Simulate.RangeRequired"));
        }

        if (!ModelState.IsValid || await ToCheckedDefinitionAsync(model, stored) is not { } definition)
        {
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(ResourcePrefix + "Simulate.NotRun"));
            return await EditorAsync(model);
        }

        var (fromUtc, toUtc) = await _programModelFactory.GetSimulationRangeUtcAsync(model.SimulateFrom!.Value, model.SimulateTo!.Value);
        var (job, started) = await _jobService.StartAsync(JobKind.Simulation, new SimulationJobRequest(definition, fromUtc, toUtc));
        if (!started)
            _notificationService.WarningNotification(await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Jobs.AlreadyRunning"));

        return RedirectToAction("Progress", "CommissionJob", new { id = job.Id });
    }

    /// <summary>Deletes a program softly; its entries keep pointing at it.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Delete(int id)
    {
        if (await _programService.GetProgramByIdAsync(id) is { } program)
        {
            await _programService.DeleteProgramAsync(program);
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(ResourcePrefix + "Deleted"));
        }

        return RedirectToAction(nameof(List));
    }

    /// <summary>The name of a product, for the rule tables' id lookup.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> ProductName(int id)
    {
        var product = await _productService.GetProductByIdAsync(id);
        return Json(new { name = product is { Deleted: false } ? product.Name : null });
    }

    #endregion
}
