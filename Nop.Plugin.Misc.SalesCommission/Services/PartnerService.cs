using System.Transactions;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads and saves partners and their linked clients.</summary>
public class PartnerService : IPartnerService
{
    private readonly IRepository<PartnerClient> _partnerClientRepository;
    private readonly IRepository<CommissionPartner> _partnerRepository;

    /// <summary>Creates the service.</summary>
    public PartnerService(IRepository<PartnerClient> partnerClientRepository, IRepository<CommissionPartner> partnerRepository)
    {
        _partnerClientRepository = partnerClientRepository;
        _partnerRepository = partnerRepository;
    }

    /// <inheritdoc />
    public virtual Task<IPagedList<CommissionPartner>> SearchPartnersAsync(int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return _partnerRepository.Table.OrderBy(partner => partner.Name).ThenBy(partner => partner.Id).ToPagedListAsync(pageIndex, pageSize);
    }

    /// <inheritdoc />
    public virtual Task<CommissionPartner> GetPartnerByIdAsync(int partnerId)
    {
        return _partnerRepository.GetByIdAsync(partnerId);
    }

    /// <inheritdoc />
    public virtual async Task<IList<int>> GetLinkedClientIdsAsync(int partnerId)
    {
        return await _partnerClientRepository.Table.Where(link => link.PartnerId == partnerId)
            .OrderBy(link => link.Id).Select(link => link.CustomerId).ToListAsync();
    }

    /// <inheritdoc />
    public virtual async Task SavePartnerAsync(CommissionPartner partner, IReadOnlyCollection<int> linkedClientIds)
    {
        ArgumentNullException.ThrowIfNull(partner);

        using var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled);
        if (partner.Id == 0)
        {
            partner.CreatedOnUtc = DateTime.UtcNow;
            await _partnerRepository.InsertAsync(partner);
        }
        else
            await _partnerRepository.UpdateAsync(partner);

        await _partnerClientRepository.DeleteAsync(link => link.PartnerId == partner.Id);
        await _partnerClientRepository.InsertAsync(linkedClientIds.Select(id => new PartnerClient { PartnerId = partner.Id, CustomerId = id }).ToList());
        transaction.Complete();
    }
}
