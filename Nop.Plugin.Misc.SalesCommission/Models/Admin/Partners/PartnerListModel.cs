using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Partners;

/// <summary>A page of partners.</summary>
public record PartnerListModel : BasePagedListModel<PartnerModel>
{
}
