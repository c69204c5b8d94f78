using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Partners and their linked clients.</summary>
public interface IPartnerService
{
    /// <summary>Gets a page of partners by name.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the page</returns>
    Task<IPagedList<CommissionPartner>> SearchPartnersAsync(int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>Gets a partner.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the partner or null</returns>
    Task<CommissionPartner> GetPartnerByIdAsync(int partnerId);

    /// <summary>Gets a partner's linked clients (customer ids).</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the client ids</returns>
    Task<IList<int>> GetLinkedClientIdsAsync(int partnerId);

    /// <summary>Inserts or updates a partner and replaces its linked clients, in one transaction.</summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task SavePartnerAsync(CommissionPartner partner, IReadOnlyCollection<int> linkedClientIds);
}
