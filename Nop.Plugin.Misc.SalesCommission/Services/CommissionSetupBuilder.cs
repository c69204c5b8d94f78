using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Services.Caching;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Logging;
using EngineCategory = Nop.Plugin.Misc.SalesCommission.Engine.Orders.Category;
using EngineProduct = Nop.Plugin.Misc.SalesCommission.Engine.Orders.Product;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Builds the engine's <see cref="CommissionSetup"/> from the store's data: with the category tree
/// (<c>Category.ParentCategoryId</c>), gift card products (<c>Product.IsGiftCard</c>) and the setting whether gift cards
/// earn. Every id becomes the int's invariant string; lists keep the order the engine relies on (client groups, programs
/// and targets by id, bands by start, product ladders as entered).
/// A program or target the engine cannot calculate is left out with a warning naming it, so that one bad row does not
/// fail every paid order.
/// The rows come from <see cref="ICommissionSetupCache"/>: a paid order reads only the clients and products the cache
/// does not hold yet.
/// </summary>
public class CommissionSetupBuilder : ICommissionSetupBuilder
{
    #region Fields

    private readonly ICommissionSetupCache _setupCache;
    private readonly ICustomerService _customerService;
    private readonly ILogger _logger;
    private readonly IProgramVersionService _programVersionService;
    private readonly IStaffDirectory _staffDirectory;
    private readonly ISettingService _settingService;

    #endregion

    #region Ctor

    /// <summary>Creates the builder.</summary>
    public CommissionSetupBuilder(ICommissionSetupCache setupCache,
        ICustomerService customerService,
        ILogger logger,
        IProgramVersionService programVersionService,
        IStaffDirectory staffDirectory,
        ISettingService settingService)
    {
        _setupCache = setupCache;
        _customerService = customerService;
        _logger = logger;
        _programVersionService = programVersionService;
        _staffDirectory = staffDirectory;
        _settingService = settingService;
    }

    #endregion

    #region Utilities

    private async Task<IList<Partner>> GetPartnersAsync(int[] clientIds)
    {
        var partners = await _setupCache.GetPartnersAsync();
        var clients = clientIds.ToHashSet();
        var linked = partners.Links
            .Where(link => clients.Contains(link.CustomerId))
            .ToLookup(link => link.PartnerId, link => EngineId.Of(link.CustomerId));

        return partners.Partners
            .Select(partner => new Partner(EngineId.Of(partner.Id), EngineId.Of(partner.AffiliateId), linked[partner.Id].ToList()))
            .ToList();
    }

    private async Task<IList<Client>> GetClientsAsync(int[] clientIds)
    {
        return (await _setupCache.GetClientsAsync(clientIds))
            .Select(client => new Client(EngineId.Of(client.CustomerId),
                client.RoleIds.Select(id => EngineId.Of(id)).ToList(),
                client.Owners.Select(owner => new StaffShare(EngineId.Of(owner.StaffCustomerId), owner.Split)).ToList()))
            .ToList();
    }

    private async Task<IList<ClientGroup>> GetGroupsAsync()
    {
        var roles = await _customerService.GetAllCustomerRolesAsync(showHidden: true);
        var assignments = await _setupCache.GetGroupOwnersAsync();

        return roles
            .OrderBy(role => role.Id)
            .Select(role => new ClientGroup(EngineId.Of(role.Id),
                assignments.Where(assignment => assignment.CustomerRoleId == role.Id)
                    .Select(assignment => new StaffShare(EngineId.Of(assignment.StaffCustomerId), assignment.Split)).ToList()))
            .ToList();
    }

    private async Task<IList<EngineProduct>> GetProductsAsync(IReadOnlyCollection<OrderItem> items)
    {
        var productIds = items.Select(item => item.ProductId).Distinct().Order().ToArray();
        if (productIds.Length == 0)
            return [];

        return (await _setupCache.GetProductsAsync(productIds))
            .Select(product => new EngineProduct(EngineId.Of(product.ProductId),
                product.CategoryIds.Select(id => EngineId.Of(id)).ToList(), product.IsGiftCard))
            .ToList();
    }

    /// <summary>The store's category tree (rules §3.2.3): every category that is not deleted, with its parent.</summary>
    private async Task<IList<EngineCategory>> GetCategoriesAsync()
    {
        return (await _setupCache.GetCategoriesAsync())
            .Select(row => new EngineCategory(EngineId.Of(row.Id), row.ParentCategoryId > 0 ? EngineId.Of(row.ParentCategoryId) : null))
            .ToList();
    }

    /// <summary>The programs as they stand, and the versions of those whose money terms changed (rules §5).</summary>
    private async Task<(IList<ProgramTerms> Programs, IList<ProgramVersion> Versions)> GetProgramsAsync()
    {
        var definitions = await _setupCache.GetProgramsAsync();
        var mapped = definitions
            .Select(definition => (Row: definition.Program, Program: definition.ToEngineProgram()))
            .ToList();

        var valid = new List<ProgramTerms>();
        foreach (var (row, program) in mapped)
        {
            if (ProblemsOf(program, row.AcceleratorThresholdPercent, row.AcceleratorFactor) is not { } problems)
                valid.Add(program);
            else
                await _logger.WarningAsync(
                    $"Sales commission: program '{row.Name}' (#{row.Id}) is skipped until it is corrected: {problems}");
        }

        var versions = new List<ProgramVersion>();
        foreach (var version in await _programVersionService.GetEngineVersionsAsync(definitions))
        {
            var row = definitions.First(definition => EngineId.Of(definition.Program.Id) == version.Program.Id).Program;
            if (ProblemsOf(version.Program, null, null) is not { } problems)
                versions.Add(version);
            else
                await _logger.WarningAsync(
                    $"Sales commission: a version of program '{row.Name}' (#{row.Id}) is skipped: {problems}");
        }

        return (valid, versions);
    }

    /// <summary>What keeps the engine from calculating a program's terms (and its stored accelerator columns), or null when nothing does.</summary>
    private static string ProblemsOf(ProgramTerms program, decimal? acceleratorThresholdPercent, decimal? acceleratorFactor)
    {
        var problems = ProgramCheck.Problems(program).ToList();
        if (Accelerator.ProblemWith(acceleratorThresholdPercent, acceleratorFactor) is { } acceleratorProblem)
            problems.Add($"accelerator: {acceleratorProblem}");

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private async Task<IList<SalesTarget>> GetTargetsAsync()
    {
        var rows = await _setupCache.GetTargetsAsync();

        var targets = new List<SalesTarget>();
        foreach (var row in rows)
        {
            var window = (LadderWindow)row.PeriodId;
            var startDate = DateOnly.FromDateTime(row.StartDateUtc);
            var problem = SalesTarget.ProblemWith(window, row.Amount)
                          ?? ((row.StaffCustomerId is null) == (row.CustomerRoleId is null) ? "it names neither or both of a staff member and a client group" : null);
            if (problem is not null)
                await _logger.WarningAsync($"Sales commission: target #{row.Id} is skipped until it is corrected: {problem}");
            else if (row.StaffCustomerId is { } staffId)
                targets.Add(SalesTarget.ForStaff(EngineId.Of(row.Id), EngineId.Of(staffId), window, startDate, row.Amount));
            else
                targets.Add(SalesTarget.ForGroup(EngineId.Of(row.Id), EngineId.Of(row.CustomerRoleId.Value), window, startDate, row.Amount));
        }

        return targets;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<CommissionSetup> BuildAsync(IReadOnlyCollection<Order> orders, IReadOnlyCollection<OrderItem> items)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(items);

        var settings = await _settingService.LoadSettingAsync<SalesCommissionSettings>();
        var clientIds = orders.Select(order => order.CustomerId).Distinct().Order().ToArray();
        var (programs, versions) = await GetProgramsAsync();

        return new CommissionSetup(
            (StackingPolicy)settings.StackingPolicyId,
            (await _staffDirectory.GetRosterAsync()).Active,
            await GetPartnersAsync(clientIds),
            await GetClientsAsync(clientIds),
            await GetGroupsAsync(),
            await GetProductsAsync(items),
            programs,
            await GetTargetsAsync(),
            await GetCategoriesAsync(),
            settings.GiftCardsEarn,
            versions);
    }

    #endregion
}
