using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Partners;

/// <summary>The partners list.</summary>
public record PartnerSearchModel : BaseSearchModel
{
}
