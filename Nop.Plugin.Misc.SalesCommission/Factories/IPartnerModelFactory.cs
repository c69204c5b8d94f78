using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Partners;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the partners pages.</summary>
public interface IPartnerModelFactory
{
    /// <summary>Prepares a page of partners.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the page</returns>
    Task<PartnerListModel> PreparePartnerListModelAsync(PartnerSearchModel searchModel);

    /// <summary>Prepares the editor (from the stored partner unless a posted model is given).</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the model</returns>
    Task<PartnerModel> PreparePartnerModelAsync(PartnerModel posted, CommissionPartner partner);
}
