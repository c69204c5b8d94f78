using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Partners;

/// <summary>A partner: an affiliate, or a customer with linked clients.</summary>
public record PartnerModel : BaseNopEntityModel
{
    /// <summary>The name shown on entries and receipts.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Partners.Fields.Name")]
    public string Name { get; set; }

    /// <summary>The affiliate; 0 for a customer partner.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Partners.Fields.Affiliate")]
    public int AffiliateId { get; set; }

    /// <summary>The customer's e-mail; empty for an affiliate partner.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Partners.Fields.CustomerEmail")]
    public string CustomerEmail { get; set; }

    /// <summary>The linked clients' e-mails, one per line.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Partners.Fields.LinkedClients")]
    public string LinkedClientEmails { get; set; }

    /// <summary>True when the partner earns commission.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Partners.Fields.Active")]
    public bool Active { get; set; } = true;

    /// <summary>"Affiliate …" or the customer's e-mail, for the list.</summary>
    public string Identity { get; set; }

    /// <summary>How many clients are linked, for the list.</summary>
    public int LinkedClientCount { get; set; }

    /// <summary>Affiliate choices.</summary>
    public IList<SelectListItem> AvailableAffiliates { get; set; } = [];
}
