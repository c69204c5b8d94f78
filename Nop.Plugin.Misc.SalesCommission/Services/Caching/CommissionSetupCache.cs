using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Services.Catalog;
using ProgramRow = Nop.Plugin.Misc.SalesCommission.Domain.CommissionProgram;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>
/// Reads the commission setup's rows through the host's static cache (<see cref="IStaticCacheManager"/>), so that a
/// paid order reads none of them from the database while nothing changed; the entity events clear them
/// (<see cref="SetupCacheParts"/>). Only the cache holds them: with a distributed cache every node sees one copy.
/// </summary>
public class CommissionSetupCache : ICommissionSetupCache
{
    #region Fields

    private readonly ICategoryService _categoryService;
    private readonly IProgramService _programService;
    private readonly IRepository<Category> _categoryRepository;
    private readonly IRepository<ClientAssignment> _clientAssignmentRepository;
    private readonly IRepository<ClientGroupAssignment> _clientGroupAssignmentRepository;
    private readonly IRepository<CommissionPartner> _partnerRepository;
    private readonly IRepository<CommissionTarget> _targetRepository;
    private readonly IRepository<CustomerCustomerRoleMapping> _roleMappingRepository;
    private readonly IRepository<PartnerClient> _partnerClientRepository;
    private readonly IRepository<Product> _productRepository;
    private readonly IRepository<ProgramRow> _programRepository;
    private readonly IRepository<ProgramTermsVersion> _versionRepository;
    private readonly IStaticCacheManager _staticCacheManager;

    #endregion

    #region Ctor

    /// <summary>Creates the cache reader.</summary>
    public CommissionSetupCache(ICategoryService categoryService,
        IProgramService programService,
        IRepository<Category> categoryRepository,
        IRepository<ClientAssignment> clientAssignmentRepository,
        IRepository<ClientGroupAssignment> clientGroupAssignmentRepository,
        IRepository<CommissionPartner> partnerRepository,
        IRepository<CommissionTarget> targetRepository,
        IRepository<CustomerCustomerRoleMapping> roleMappingRepository,
        IRepository<PartnerClient> partnerClientRepository,
        IRepository<Product> productRepository,
        IRepository<ProgramRow> programRepository,
        IRepository<ProgramTermsVersion> versionRepository,
        IStaticCacheManager staticCacheManager)
    {
        _categoryService = categoryService;
        _programService = programService;
        _categoryRepository = categoryRepository;
        _clientAssignmentRepository = clientAssignmentRepository;
        _clientGroupAssignmentRepository = clientGroupAssignmentRepository;
        _partnerRepository = partnerRepository;
        _targetRepository = targetRepository;
        _roleMappingRepository = roleMappingRepository;
        _partnerClientRepository = partnerClientRepository;
        _productRepository = productRepository;
        _programRepository = programRepository;
        _versionRepository = versionRepository;
        _staticCacheManager = staticCacheManager;
    }

    #endregion

    #region Utilities

    /// <summary>One cached entry per id: the cached ones as they are, the others read in one go and cached.</summary>
    private async Task<IList<T>> GetEachAsync<T>(CacheKey key, IReadOnlyList<int> ids, Func<int[], Task<IDictionary<int, T>>> read)
        where T : class
    {
        var found = new Dictionary<int, T>();
        foreach (var id in ids.Distinct())
        {
            if (await _staticCacheManager.GetAsync<T>(_staticCacheManager.PrepareKeyForDefaultCache(key, id), default(T)) is { } cached)
                found[id] = cached;
        }

        var missing = ids.Distinct().Where(id => !found.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            foreach (var (id, item) in await read(missing))
            {
                await _staticCacheManager.SetAsync(_staticCacheManager.PrepareKeyForDefaultCache(key, id), item);
                found[id] = item;
            }
        }

        return ids.Select(id => found[id]).ToList();
    }

    private async Task<IDictionary<int, SetupClient>> ReadClientsAsync(int[] customerIds)
    {
        var roles = await _roleMappingRepository.Table
            .Where(mapping => customerIds.Contains(mapping.CustomerId))
            .ToListAsync();
        var owners = await _clientAssignmentRepository.Table
            .Where(assignment => customerIds.Contains(assignment.CustomerId))
            .OrderBy(assignment => assignment.Id)
            .ToListAsync();

        return customerIds.ToDictionary(id => id, id => new SetupClient
        {
            CustomerId = id,
            RoleIds = roles.Where(mapping => mapping.CustomerId == id).Select(mapping => mapping.CustomerRoleId).Distinct().Order().ToList(),
            Owners = owners.Where(owner => owner.CustomerId == id).ToList()
        });
    }

    private async Task<IDictionary<int, SetupProduct>> ReadProductsAsync(int[] productIds)
    {
        var categories = await _categoryService.GetProductCategoryIdsAsync(productIds);
        var giftCards = await _productRepository.Table
            .Where(product => productIds.Contains(product.Id) && product.IsGiftCard)
            .Select(product => product.Id)
            .ToListAsync();

        return productIds.ToDictionary(id => id, id => new SetupProduct
        {
            ProductId = id,
            CategoryIds = (categories.TryGetValue(id, out var ids) ? ids : []).Distinct().Order().ToList(),
            IsGiftCard = giftCards.Contains(id)
        });
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual Task<IList<ProgramDefinition>> GetProgramsAsync()
    {
        return _staticCacheManager.GetAsync(_staticCacheManager.PrepareKeyForDefaultCache(SalesCommissionDefaults.ProgramsCacheKey), async () =>
        {
            var programs = await _programRepository.Table
                .Where(program => !program.Deleted)
                .OrderBy(program => program.Id)
                .ToListAsync();

            return await _programService.GetDefinitionsAsync(programs);
        });
    }

    /// <inheritdoc />
    public virtual Task<IList<ProgramTermsVersion>> GetProgramVersionsAsync()
    {
        return _staticCacheManager.GetAsync(_staticCacheManager.PrepareKeyForDefaultCache(SalesCommissionDefaults.ProgramVersionsCacheKey), async () =>
            (IList<ProgramTermsVersion>)await _versionRepository.Table.OrderBy(version => version.Id).ToListAsync());
    }

    /// <inheritdoc />
    public virtual Task<SetupPartners> GetPartnersAsync()
    {
        return _staticCacheManager.GetAsync(_staticCacheManager.PrepareKeyForDefaultCache(SalesCommissionDefaults.PartnersCacheKey), async () =>
        {
            var partners = await _partnerRepository.Table
                .Where(partner => partner.Active)
                .OrderBy(partner => partner.Id)
                .ToListAsync();
            var partnerIds = partners.Select(partner => partner.Id).ToArray();
            var links = await _partnerClientRepository.Table
                .Where(link => partnerIds.Contains(link.PartnerId))
                .OrderBy(link => link.Id)
                .ToListAsync();

            return new SetupPartners { Partners = partners, Links = links };
        });
    }

    /// <inheritdoc />
    public virtual Task<IList<ClientGroupAssignment>> GetGroupOwnersAsync()
    {
        return _staticCacheManager.GetAsync(_staticCacheManager.PrepareKeyForDefaultCache(SalesCommissionDefaults.GroupOwnersCacheKey), async () =>
            (IList<ClientGroupAssignment>)await _clientGroupAssignmentRepository.Table.OrderBy(assignment => assignment.Id).ToListAsync());
    }

    /// <inheritdoc />
    public virtual Task<IList<CommissionTarget>> GetTargetsAsync()
    {
        return _staticCacheManager.GetAsync(_staticCacheManager.PrepareKeyForDefaultCache(SalesCommissionDefaults.TargetsCacheKey), async () =>
            (IList<CommissionTarget>)await _targetRepository.Table.OrderBy(target => target.Id).ToListAsync());
    }

    /// <inheritdoc />
    public virtual Task<IList<SetupCategory>> GetCategoriesAsync()
    {
        return _staticCacheManager.GetAsync(_staticCacheManager.PrepareKeyForDefaultCache(SalesCommissionDefaults.CategoriesCacheKey), async () =>
            (IList<SetupCategory>)await _categoryRepository.Table
                .Where(category => !category.Deleted)
                .OrderBy(category => category.Id)
                .Select(category => new SetupCategory { Id = category.Id, ParentCategoryId = category.ParentCategoryId })
                .ToListAsync());
    }

    /// <inheritdoc />
    public virtual Task<IList<SetupClient>> GetClientsAsync(IReadOnlyList<int> customerIds)
    {
        ArgumentNullException.ThrowIfNull(customerIds);

        return GetEachAsync(SalesCommissionDefaults.ClientCacheKey, customerIds, ReadClientsAsync);
    }

    /// <inheritdoc />
    public virtual Task<IList<SetupProduct>> GetProductsAsync(IReadOnlyList<int> productIds)
    {
        ArgumentNullException.ThrowIfNull(productIds);

        return GetEachAsync(SalesCommissionDefaults.ProductCacheKey, productIds, ReadProductsAsync);
    }

    #endregion
}
