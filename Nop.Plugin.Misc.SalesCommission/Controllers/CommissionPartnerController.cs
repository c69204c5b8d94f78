using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Partners;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Validators;
using Nop.Services.Affiliates;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Partners: affiliates, or customers with their linked clients.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class CommissionPartnerController : BasePluginController
{
    #region Fields

    private const string Prefix = "Plugins.Misc.SalesCommission.Partners.";
    private const string ViewFolder = "~/Plugins/Misc.SalesCommission/Views/Admin/Partners/";

    private readonly IAffiliateService _affiliateService;
    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly IPartnerModelFactory _partnerModelFactory;
    private readonly IPartnerService _partnerService;

    #endregion

    #region Ctor

    /// <summary>Creates the controller.</summary>
    public CommissionPartnerController(IAffiliateService affiliateService,
        ICustomerService customerService,
        ILocalizationService localizationService,
        INotificationService notificationService,
        IPartnerModelFactory partnerModelFactory,
        IPartnerService partnerService)
    {
        _affiliateService = affiliateService;
        _customerService = customerService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _partnerModelFactory = partnerModelFactory;
        _partnerService = partnerService;
    }

    #endregion

    #region Utilities

    /// <summary>Looks up the affiliate, the customer and the linked clients; an unknown one is refused next to its field.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the customer id (or null) and the linked client ids</returns>
    private async Task<(int? CustomerId, List<int> ClientIds)> ResolveAsync(PartnerModel model)
    {
        if (model.AffiliateId > 0 && await _affiliateService.GetAffiliateByIdAsync(model.AffiliateId) is null)
            ModelState.AddModelError(nameof(PartnerModel.AffiliateId), await _localizationService.GetResourceAsync(Prefix + "Affiliate.Unknown"));

        int? customerId = null;
        if (!string.IsNullOrWhiteSpace(model.CustomerEmail))
        {
            customerId = (await _customerService.GetCustomerByEmailAsync(model.CustomerEmail.Trim()))?.Id;
            if (customerId is null)
                ModelState.AddModelError(nameof(PartnerModel.CustomerEmail), await _localizationService.GetResourceAsync(Prefix + "Customer.Unknown"));
        }

        var clientIds = new List<int>();
        foreach (var email in PartnerModelValidator.LinkedEmails(model))
        {
            if (await _customerService.GetCustomerByEmailAsync(email) is { } client)
                clientIds.Add(client.Id);
            else
                ModelState.AddModelError(nameof(PartnerModel.LinkedClientEmails),
                    string.Format(await _localizationService.GetResourceAsync(Prefix + "LinkedClients.Unknown"), email));
        }

        return (customerId, clientIds);
    }

    #endregion

    #region Methods

    /// <summary>The partners list.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual IActionResult List()
    {
        var searchModel = new PartnerSearchModel();
        searchModel.SetGridPageSize();
        return View(ViewFolder + "List.cshtml", searchModel);
    }

    /// <summary>A page of partners for the grid.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> List(PartnerSearchModel searchModel)
    {
        return Json(await _partnerModelFactory.PreparePartnerListModelAsync(searchModel));
    }

    /// <summary>The editor of a new partner (id 0) or a stored one.</summary>
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Edit(int id)
    {
        var partner = id > 0 ? await _partnerService.GetPartnerByIdAsync(id) : null;
        if (id > 0 && partner is null)
            return RedirectToAction(nameof(List));

        return View(ViewFolder + "Edit.cshtml", await _partnerModelFactory.PreparePartnerModelAsync(null, partner));
    }

    /// <summary>Saves a partner and its linked clients; bad input is shown next to the field and nothing changes.</summary>
    [HttpPost]
    [CheckPermission(SalesCommissionPermissionConfigManager.MANAGE_COMMISSIONS)]
    public virtual async Task<IActionResult> Edit(PartnerModel model)
    {
        var partner = model.Id > 0 ? await _partnerService.GetPartnerByIdAsync(model.Id) : new CommissionPartner();
        if (partner is null)
            return RedirectToAction(nameof(List));

        var (customerId, clientIds) = await ResolveAsync(model);
        if (!ModelState.IsValid)
            return View(ViewFolder + "Edit.cshtml", await _partnerModelFactory.PreparePartnerModelAsync(model, partner));

        partner.Name = model.Name.Trim();
        partner.Active = model.Active;
        partner.AffiliateId = model.AffiliateId > 0 ? model.AffiliateId : null;
        partner.CustomerId = customerId;
        await _partnerService.SavePartnerAsync(partner, clientIds);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(Prefix + "Saved"));

        return RedirectToAction(nameof(List));
    }

    #endregion
}
