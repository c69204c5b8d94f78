using System.Transactions;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads, saves and deletes commission programs with their bands, rules, product ladders, scope, exclusions, beneficiaries and override levels.</summary>
public class ProgramService : IProgramService
{
    #region Fields

    private readonly IRepository<Category> _categoryRepository;
    private readonly IRepository<CommissionPartner> _partnerRepository;
    private readonly IRepository<CommissionProgram> _programRepository;
    private readonly IRepository<Customer> _customerRepository;
    private readonly IRepository<CustomerRole> _customerRoleRepository;
    private readonly IRepository<Product> _productRepository;
    private readonly IRepository<ProgramBand> _bandRepository;
    private readonly IRepository<ProgramBeneficiary> _beneficiaryRepository;
    private readonly IRepository<ProgramOverrideLevel> _overrideLevelRepository;
    private readonly IRepository<ProgramProductLadder> _productLadderRepository;
    private readonly IRepository<ProgramProductRule> _productRuleRepository;
    private readonly IRepository<ProgramQuantityRule> _quantityRuleRepository;
    private readonly IRepository<ProgramScopeItem> _scopeItemRepository;
    private readonly IRepository<StaffProfile> _staffProfileRepository;
    private readonly IRepository<Store> _storeRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public ProgramService(IRepository<Category> categoryRepository,
        IRepository<CommissionPartner> partnerRepository,
        IRepository<CommissionProgram> programRepository,
        IRepository<Customer> customerRepository,
        IRepository<CustomerRole> customerRoleRepository,
        IRepository<Product> productRepository,
        IRepository<ProgramBand> bandRepository,
        IRepository<ProgramBeneficiary> beneficiaryRepository,
        IRepository<ProgramOverrideLevel> overrideLevelRepository,
        IRepository<ProgramProductLadder> productLadderRepository,
        IRepository<ProgramProductRule> productRuleRepository,
        IRepository<ProgramQuantityRule> quantityRuleRepository,
        IRepository<ProgramScopeItem> scopeItemRepository,
        IRepository<StaffProfile> staffProfileRepository,
        IRepository<Store> storeRepository)
    {
        _categoryRepository = categoryRepository;
        _partnerRepository = partnerRepository;
        _programRepository = programRepository;
        _customerRepository = customerRepository;
        _customerRoleRepository = customerRoleRepository;
        _productRepository = productRepository;
        _bandRepository = bandRepository;
        _beneficiaryRepository = beneficiaryRepository;
        _overrideLevelRepository = overrideLevelRepository;
        _productLadderRepository = productLadderRepository;
        _productRuleRepository = productRuleRepository;
        _quantityRuleRepository = quantityRuleRepository;
        _scopeItemRepository = scopeItemRepository;
        _staffProfileRepository = staffProfileRepository;
        _storeRepository = storeRepository;
    }

    #endregion

    #region Utilities

    private static async Task<IEnumerable<UnknownProgramReference>> MissingAsync<TEntity>(IRepository<TEntity> repository,
        ProgramReferenceKind kind, IEnumerable<int> ids, Func<IQueryable<TEntity>, int[], IQueryable<int>> found)
        where TEntity : BaseEntity
    {
        var wanted = ids.Distinct().ToArray();
        if (wanted.Length == 0)
            return [];

        var known = await found(repository.Table, wanted).ToListAsync();
        return wanted.Except(known).Order().Select(id => new UnknownProgramReference(kind, id));
    }

    private static IEnumerable<int> ScopeIds(ProgramDefinition definition, ScopeType type) =>
        definition.ScopeItems.Where(item => item.ScopeTypeId == (int)type).Select(item => item.EntityId);

    private static IEnumerable<int> PayeeIds(ProgramDefinition definition, BeneficiaryType type) =>
        definition.Beneficiaries.Where(payee => payee.BeneficiaryTypeId == (int)type).Select(payee => payee.BeneficiaryId);

    private static IList<TChild> OwnedBy<TChild>(IList<TChild> rows, int programId, Action<TChild, int> setProgramId)
    {
        foreach (var row in rows)
            setProgramId(row, programId);
        return rows;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IPagedList<CommissionProgram>> SearchProgramsAsync(string name, int? programTypeId, bool? active,
        int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return await _programRepository.GetAllPagedAsync(query =>
        {
            query = query.Where(program => !program.Deleted);
            if (!string.IsNullOrWhiteSpace(name))
                query = query.Where(program => program.Name.Contains(name.Trim()));
            if (programTypeId is { } typeId)
                query = query.Where(program => program.ProgramTypeId == typeId);
            if (active is { } isActive)
                query = query.Where(program => program.Active == isActive);

            return query.OrderBy(program => program.Name).ThenBy(program => program.Id);
        }, pageIndex, pageSize);
    }

    /// <inheritdoc />
    public virtual async Task<CommissionProgram> GetProgramByIdAsync(int programId)
    {
        return await _programRepository.GetByIdAsync(programId, includeDeleted: false);
    }

    /// <inheritdoc />
    public virtual async Task<ProgramDefinition> GetDefinitionAsync(int programId)
    {
        if (await GetProgramByIdAsync(programId) is not { } program)
            return null;

        return (await GetDefinitionsAsync([program])).Single();
    }

    /// <inheritdoc />
    public virtual async Task<IList<ProgramDefinition>> GetDefinitionsAsync(IList<CommissionProgram> programs)
    {
        ArgumentNullException.ThrowIfNull(programs);

        var ids = programs.Select(program => program.Id).ToArray();
        if (ids.Length == 0)
            return [];

        var bands = await _bandRepository.Table.Where(band => ids.Contains(band.ProgramId)).OrderBy(band => band.From).ToListAsync();
        var ladders = await _productLadderRepository.Table.Where(ladder => ids.Contains(ladder.ProgramId))
            .OrderBy(ladder => ladder.DisplayOrder).ThenBy(ladder => ladder.Id).ToListAsync();
        var productRules = await _productRuleRepository.Table.Where(rule => ids.Contains(rule.ProgramId)).OrderBy(rule => rule.Id).ToListAsync();
        var quantityRules = await _quantityRuleRepository.Table.Where(rule => ids.Contains(rule.ProgramId)).OrderBy(rule => rule.Id).ToListAsync();
        var scopeItems = await _scopeItemRepository.Table.Where(item => ids.Contains(item.ProgramId)).OrderBy(item => item.Id).ToListAsync();
        var beneficiaries = await _beneficiaryRepository.Table.Where(payee => ids.Contains(payee.ProgramId)).OrderBy(payee => payee.Id).ToListAsync();
        var levels = await _overrideLevelRepository.Table.Where(level => ids.Contains(level.ProgramId)).OrderBy(level => level.Level).ToListAsync();

        return programs.Select(program => new ProgramDefinition
        {
            Program = program,
            Bands = bands.Where(band => band.ProgramId == program.Id && band.ProductLadderId is null).ToList(),
            ProductLadders = ladders.Where(ladder => ladder.ProgramId == program.Id).Select(ladder => new ProductLadderDefinition
            {
                Ladder = ladder,
                Bands = bands.Where(band => band.ProductLadderId == ladder.Id).ToList()
            }).ToList(),
            ProductRules = productRules.Where(rule => rule.ProgramId == program.Id).ToList(),
            QuantityRules = quantityRules.Where(rule => rule.ProgramId == program.Id).ToList(),
            ScopeItems = scopeItems.Where(item => item.ProgramId == program.Id).ToList(),
            Beneficiaries = beneficiaries.Where(payee => payee.ProgramId == program.Id).ToList(),
            OverrideLevels = levels.Where(level => level.ProgramId == program.Id).ToList()
        }).ToList();
    }

    /// <inheritdoc />
    public virtual async Task<IList<UnknownProgramReference>> FindUnknownReferencesAsync(ProgramDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);

        var productIds = definition.ProductRules.Select(rule => rule.ProductId)
            .Concat(definition.QuantityRules.Select(rule => rule.ProductId))
            .Concat(definition.ProductLadders.Select(ladder => ladder.Ladder.ProductId)).OfType<int>()
            .Concat(ScopeIds(definition, ScopeType.ExcludedProduct));
        var categoryIds = definition.ProductRules.Select(rule => rule.CategoryId)
            .Concat(definition.QuantityRules.Select(rule => rule.CategoryId))
            .Concat(definition.ProductLadders.Select(ladder => ladder.Ladder.CategoryId)).OfType<int>()
            .Concat(ScopeIds(definition, ScopeType.ExcludedCategory));

        return
        [
            .. await MissingAsync(_productRepository, ProgramReferenceKind.Product, productIds,
                (table, ids) => table.Where(product => ids.Contains(product.Id) && !product.Deleted).Select(product => product.Id)),
            .. await MissingAsync(_categoryRepository, ProgramReferenceKind.Category, categoryIds,
                (table, ids) => table.Where(category => ids.Contains(category.Id) && !category.Deleted).Select(category => category.Id)),
            .. await MissingAsync(_storeRepository, ProgramReferenceKind.Store, ScopeIds(definition, ScopeType.Store),
                (table, ids) => table.Where(store => ids.Contains(store.Id) && !store.Deleted).Select(store => store.Id)),
            .. await MissingAsync(_customerRoleRepository, ProgramReferenceKind.ClientGroup, ScopeIds(definition, ScopeType.ClientGroup),
                (table, ids) => table.Where(role => ids.Contains(role.Id)).Select(role => role.Id)),
            .. await MissingAsync(_customerRepository, ProgramReferenceKind.Client, ScopeIds(definition, ScopeType.Client),
                (table, ids) => table.Where(customer => ids.Contains(customer.Id) && !customer.Deleted).Select(customer => customer.Id)),
            .. await MissingAsync(_staffProfileRepository, ProgramReferenceKind.Staff, PayeeIds(definition, BeneficiaryType.Staff),
                (table, ids) => table.Where(profile => ids.Contains(profile.CustomerId)).Select(profile => profile.CustomerId)),
            .. await MissingAsync(_partnerRepository, ProgramReferenceKind.Partner, PayeeIds(definition, BeneficiaryType.Partner),
                (table, ids) => table.Where(partner => ids.Contains(partner.Id)).Select(partner => partner.Id))
        ];
    }

    /// <inheritdoc />
    public virtual async Task SaveAsync(ProgramDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);

        var program = definition.Program;
        program.UpdatedOnUtc = DateTime.UtcNow;

        using var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled);

        if (program.Id == 0)
        {
            program.CreatedOnUtc = program.UpdatedOnUtc;
            await _programRepository.InsertAsync(program);
        }
        else
        {
            await _programRepository.UpdateAsync(program);
            //bands first: a product ladder's bands point at it
            await _bandRepository.DeleteAsync(band => band.ProgramId == program.Id);
            await _productLadderRepository.DeleteAsync(ladder => ladder.ProgramId == program.Id);
            await _productRuleRepository.DeleteAsync(rule => rule.ProgramId == program.Id);
            await _quantityRuleRepository.DeleteAsync(rule => rule.ProgramId == program.Id);
            await _scopeItemRepository.DeleteAsync(item => item.ProgramId == program.Id);
            await _beneficiaryRepository.DeleteAsync(payee => payee.ProgramId == program.Id);
            await _overrideLevelRepository.DeleteAsync(level => level.ProgramId == program.Id);
        }

        await _bandRepository.InsertAsync(OwnedBy(definition.Bands, program.Id, (row, id) => row.ProgramId = id));
        foreach (var (productLadder, index) in definition.ProductLadders.Select((productLadder, index) => (productLadder, index)))
        {
            productLadder.Ladder.ProgramId = program.Id;
            productLadder.Ladder.DisplayOrder = index;
            await _productLadderRepository.InsertAsync(productLadder.Ladder);
            foreach (var band in productLadder.Bands)
                band.ProductLadderId = productLadder.Ladder.Id;
            await _bandRepository.InsertAsync(OwnedBy(productLadder.Bands, program.Id, (row, id) => row.ProgramId = id));
        }
        await _productRuleRepository.InsertAsync(OwnedBy(definition.ProductRules, program.Id, (row, id) => row.ProgramId = id));
        await _quantityRuleRepository.InsertAsync(OwnedBy(definition.QuantityRules, program.Id, (row, id) => row.ProgramId = id));
        await _scopeItemRepository.InsertAsync(OwnedBy(definition.ScopeItems, program.Id, (row, id) => row.ProgramId = id));
        await _beneficiaryRepository.InsertAsync(OwnedBy(definition.Beneficiaries, program.Id, (row, id) => row.ProgramId = id));
        await _overrideLevelRepository.InsertAsync(OwnedBy(definition.OverrideLevels, program.Id, (row, id) => row.ProgramId = id));

        transaction.Complete();
    }

    /// <inheritdoc />
    public virtual async Task DeleteProgramAsync(CommissionProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);

        await _programRepository.DeleteAsync(program);
    }

    #endregion
}
