using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Partners;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Affiliates;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the partners pages.</summary>
public class PartnerModelFactory : IPartnerModelFactory
{
    private readonly IAffiliateService _affiliateService;
    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly IPartnerService _partnerService;

    /// <summary>Creates the factory.</summary>
    public PartnerModelFactory(IAffiliateService affiliateService,
        ICustomerService customerService,
        ILocalizationService localizationService,
        IPartnerService partnerService)
    {
        _affiliateService = affiliateService;
        _customerService = customerService;
        _localizationService = localizationService;
        _partnerService = partnerService;
    }

    /// <inheritdoc />
    public virtual async Task<PartnerListModel> PreparePartnerListModelAsync(PartnerSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var partners = await _partnerService.SearchPartnersAsync(searchModel.Page - 1, searchModel.PageSize);
        var affiliateText = await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Partners.AffiliateIdentity");
        var rows = new List<PartnerModel>();
        foreach (var partner in partners)
        {
            rows.Add(new PartnerModel
            {
                Id = partner.Id,
                Name = partner.Name,
                Active = partner.Active,
                Identity = partner.AffiliateId is { } affiliateId
                    ? string.Format(affiliateText, affiliateId)
                    : (await _customerService.GetCustomerByIdAsync(partner.CustomerId ?? 0))?.Email,
                LinkedClientCount = (await _partnerService.GetLinkedClientIdsAsync(partner.Id)).Count
            });
        }

        return new PartnerListModel().PrepareToGrid(searchModel, partners, () => rows);
    }

    /// <inheritdoc />
    public virtual async Task<PartnerModel> PreparePartnerModelAsync(PartnerModel posted, CommissionPartner partner)
    {
        var model = posted;
        if (model is null)
        {
            model = new PartnerModel();
            if (partner is not null)
            {
                var clients = await _customerService.GetCustomersByIdsAsync((await _partnerService.GetLinkedClientIdsAsync(partner.Id)).ToArray());
                model.Id = partner.Id;
                model.Name = partner.Name;
                model.Active = partner.Active;
                model.AffiliateId = partner.AffiliateId ?? 0;
                model.CustomerEmail = (await _customerService.GetCustomerByIdAsync(partner.CustomerId ?? 0))?.Email;
                model.LinkedClientEmails = string.Join(Environment.NewLine, clients.Select(client => client.Email));
            }
        }

        model.AvailableAffiliates.Add(new SelectListItem(await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Partners.NoAffiliate"), "0"));
        foreach (var affiliate in await _affiliateService.GetAllAffiliatesAsync(showHidden: true))
        {
            var name = string.IsNullOrEmpty(affiliate.FriendlyUrlName) ? $"#{affiliate.Id}" : affiliate.FriendlyUrlName;
            model.AvailableAffiliates.Add(new SelectListItem($"{name} ({affiliate.Id.ToString(CultureInfo.InvariantCulture)})", affiliate.Id.ToString(CultureInfo.InvariantCulture)));
        }

        return model;
    }
}
