using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Ledger queries for the admin pages.</summary>
public class EntryService : IEntryService
{
    #region Fields

    private readonly ICustomerService _customerService;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<CommissionPartner> _partnerRepository;
    private readonly IRepository<CommissionProgram> _programRepository;
    private readonly IRepository<StaffProfile> _staffProfileRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public EntryService(ICustomerService customerService,
        IRepository<CommissionEntry> entryRepository,
        IRepository<CommissionPartner> partnerRepository,
        IRepository<CommissionProgram> programRepository,
        IRepository<StaffProfile> staffProfileRepository)
    {
        _customerService = customerService;
        _entryRepository = entryRepository;
        _partnerRepository = partnerRepository;
        _programRepository = programRepository;
        _staffProfileRepository = staffProfileRepository;
    }

    #endregion

    #region Utilities

    private IQueryable<CommissionEntry> Filter(EntrySearch search)
    {
        var query = _entryRepository.Table;
        if (search.BeneficiaryType is { } type)
            query = query.Where(entry => entry.BeneficiaryTypeId == (int)type);
        if (search.BeneficiaryId is { } beneficiaryId)
            query = query.Where(entry => entry.BeneficiaryId == beneficiaryId);
        if (search.ProgramId is { } programId)
            query = query.Where(entry => entry.ProgramId == programId);
        if (search.Kind is { } kind)
            query = query.Where(entry => entry.KindId == (int)kind);
        if (search.Status is { } status)
            query = query.Where(entry => entry.StatusId == (int)status);
        if (search.PaidFromUtc is { } from)
            query = query.Where(entry => entry.OrderPaidOnUtc >= from);
        if (search.PaidToUtc is { } to)
            query = query.Where(entry => entry.OrderPaidOnUtc < to);
        if (search.OrderId is { } orderId)
            query = query.Where(entry => entry.OrderId == orderId);

        return query;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IPagedList<CommissionEntry>> SearchEntriesAsync(EntrySearch search, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return await Filter(search)
            .OrderByDescending(entry => entry.OrderPaidOnUtc)
            .ThenBy(entry => entry.OrderId)
            .ThenBy(entry => entry.Id)
            .ToPagedListAsync(pageIndex, pageSize);
    }

    /// <inheritdoc />
    public virtual async Task<decimal> SumEntriesAsync(EntrySearch search)
    {
        return await Filter(search).SumAsync(entry => entry.Amount);
    }

    /// <inheritdoc />
    public virtual async Task<IDictionary<(BeneficiaryType Type, int Id), string>> GetBeneficiaryNamesAsync(
        IEnumerable<(BeneficiaryType Type, int Id)> beneficiaries)
    {
        var wanted = beneficiaries.Distinct().ToList();
        var names = new Dictionary<(BeneficiaryType Type, int Id), string>();

        var staffIds = wanted.Where(b => b.Type == BeneficiaryType.Staff).Select(b => b.Id).ToArray();
        foreach (var customer in await _customerService.GetCustomersByIdsAsync(staffIds))
            names[(BeneficiaryType.Staff, customer.Id)] = await _customerService.GetStaffNameAsync(customer);

        var partnerIds = wanted.Where(b => b.Type == BeneficiaryType.Partner).Select(b => b.Id).ToArray();
        foreach (var partner in await _partnerRepository.GetByIdsAsync(partnerIds))
            names[(BeneficiaryType.Partner, partner.Id)] = partner.Name;

        return names;
    }

    /// <inheritdoc />
    public virtual async Task<IList<(BeneficiaryType Type, int Id, string Name)>> GetAllBeneficiariesAsync()
    {
        var result = new List<(BeneficiaryType Type, int Id, string Name)>();

        var staffIds = await _staffProfileRepository.Table.Select(profile => profile.CustomerId).ToListAsync();
        foreach (var customer in await _customerService.GetCustomersByIdsAsync(staffIds.ToArray()))
            result.Add((BeneficiaryType.Staff, customer.Id, await _customerService.GetStaffNameAsync(customer)));

        foreach (var partner in await _partnerRepository.Table.ToListAsync())
            result.Add((BeneficiaryType.Partner, partner.Id, partner.Name));

        return result.OrderBy(b => b.Type).ThenBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <inheritdoc />
    public virtual async Task<IDictionary<int, string>> GetProgramNamesAsync(IEnumerable<int> programIds)
    {
        var ids = programIds.Distinct().ToArray();
        return (await _programRepository.GetByIdsAsync(ids, includeDeleted: true)).ToDictionary(program => program.Id, program => program.Name);
    }

    /// <inheritdoc />
    public virtual async Task<IList<CommissionProgram>> GetProgramsAsync()
    {
        return await _programRepository.Table.Where(program => !program.Deleted).OrderBy(program => program.Name).ToListAsync();
    }

    #endregion
}
