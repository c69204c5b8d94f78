using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine;

/// <summary>
/// Everything the engine needs besides the order: staff, partners, clients, groups, products, programs, targets,
/// the category tree and whether gift cards earn.
/// Groups are kept in priority order (first group wins in crediting) and programs in creation order
/// (a later program wins a priority tie). A host may pass only the part that concerns one order.
/// A program whose money terms changed by versions (rules §5) is planned with the version in force at the order's
/// paid time (<see cref="ProgramsInForce"/>).
/// </summary>
public sealed class CommissionSetup
{
    private static readonly Client UnknownClient = new(string.Empty, [], []);
    private static readonly Derivation GiftCardReason = new("Reason.GiftCard");
    private static readonly Derivation ExcludedReason = new("Reason.Excluded");
    private readonly Dictionary<ProgramTerms, RuleIndex<ProductRule>> _productRules;
    private readonly Dictionary<ProgramTerms, RuleIndex<QuantityRule>> _quantityRules;
    private readonly Dictionary<ProgramTerms, RuleIndex<ProductLadderRule>> _productLadders;
    private readonly Dictionary<string, IReadOnlyList<CategoryDistance>> _categoryReach;
    private readonly ILookup<string, Partner> _partnersByClient;
    private readonly ILookup<string, Partner> _partnersByAffiliate;
    private readonly Dictionary<Partner, int> _partnerOrder;
    private readonly ILookup<string, SalesTarget> _staffTargets;
    private readonly ILookup<string, SalesTarget> _teamTargetsByStaff;
    private readonly Dictionary<string, IReadOnlyList<string>> _groupStaff;
    private readonly IReadOnlyList<Category> _categories;
    private readonly Dictionary<string, IReadOnlyList<ProgramVersion>> _versions;
    private readonly Dictionary<string, ManagerChain[]> _managerChains;

    /// <summary>Creates a setup.</summary>
    public CommissionSetup(
        StackingPolicy stacking,
        IEnumerable<StaffMember> staff,
        IEnumerable<Partner> partners,
        IEnumerable<Client> clients,
        IEnumerable<ClientGroup> groups,
        IEnumerable<Product> products,
        IEnumerable<ProgramTerms> programs,
        IEnumerable<SalesTarget>? targets = null,
        IEnumerable<Category>? categories = null,
        bool giftCardsEarn = false,
        IEnumerable<ProgramVersion>? versions = null)
    {
        Stacking = stacking;
        Staff = staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _managerChains = Staff.Keys.ToDictionary(id => id, id => new[] { ManagerChain.Of(id, Staff) }, StringComparer.Ordinal);
        Partners = partners.ToList();
        Clients = clients.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Groups = groups.ToList();
        Products = products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Programs = programs.ToList();
        Targets = (targets ?? []).ToList();
        _categories = (categories ?? []).ToList();
        Categories = _categories.Count == 0 ? CategoryTree.Flat : new CategoryTree(_categories);
        GiftCardsEarn = giftCardsEarn;
        _categoryReach = Products.ToDictionary(p => p.Key, p => Categories.Reach(p.Value.Categories), StringComparer.Ordinal);
        _groupStaff = Groups.DistinctBy(g => g.Id).ToDictionary(g => g.Id,
            g => (IReadOnlyList<string>)g.Staff.Select(s => s.StaffId).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        _staffTargets = Targets.Where(t => t.StaffId is not null).ToLookup(t => t.StaffId!, StringComparer.Ordinal);
        var groupTargets = Targets.Where(t => t.GroupId is not null).ToLookup(t => t.GroupId!, StringComparer.Ordinal);
        _teamTargetsByStaff = Groups.DistinctBy(g => g.Id)
            .SelectMany(g => _groupStaff[g.Id].SelectMany(staffId => groupTargets[g.Id].Select(t => (StaffId: staffId, Target: t))))
            .ToLookup(x => x.StaffId, x => x.Target, StringComparer.Ordinal);
        _versions = (versions ?? []).GroupBy(v => v.Program.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ProgramVersion>)g.ToList(), StringComparer.Ordinal);
        var indexed = Programs.Concat(_versions.Values.SelectMany(v => v).Select(v => v.Program))
            .Distinct(ReferenceEqualityComparer.Instance).Cast<ProgramTerms>().ToList();
        _productRules = indexed.ToDictionary(p => p, ProductRuleIndex, (IEqualityComparer<ProgramTerms>)ReferenceEqualityComparer.Instance);
        _quantityRules = indexed.ToDictionary(p => p, QuantityRuleIndex, (IEqualityComparer<ProgramTerms>)ReferenceEqualityComparer.Instance);
        _productLadders = indexed.ToDictionary(p => p, ProductLadderIndex, (IEqualityComparer<ProgramTerms>)ReferenceEqualityComparer.Instance);
        _partnersByClient = Partners.SelectMany(p => p.ClientIds.Distinct().Select(c => (Client: c, Partner: p)))
            .ToLookup(x => x.Client, x => x.Partner, StringComparer.Ordinal);
        _partnerOrder = Partners.Select((p, i) => (p, i)).DistinctBy(x => x.p, ReferenceEqualityComparer.Instance)
            .ToDictionary(x => x.p, x => x.i, (IEqualityComparer<Partner>)ReferenceEqualityComparer.Instance);
        _partnersByAffiliate = Partners.Where(p => p.AffiliateId is not null)
            .ToLookup(p => p.AffiliateId!, StringComparer.Ordinal);
    }

    /// <summary>The stacking policy.</summary>
    public StackingPolicy Stacking { get; }

    /// <summary>Staff members by id.</summary>
    public IReadOnlyDictionary<string, StaffMember> Staff { get; }

    /// <summary>Partners, in listed order.</summary>
    public IReadOnlyList<Partner> Partners { get; }

    /// <summary>Clients by id.</summary>
    public IReadOnlyDictionary<string, Client> Clients { get; }

    /// <summary>Client groups in crediting priority order.</summary>
    public IReadOnlyList<ClientGroup> Groups { get; }

    /// <summary>Products by id.</summary>
    public IReadOnlyDictionary<string, Product> Products { get; }

    /// <summary>Programs in creation order.</summary>
    public IReadOnlyList<ProgramTerms> Programs { get; }

    /// <summary>
    /// The programs as they stand for an order paid at this instant, in creation order: each program's version in force
    /// then (<see cref="ProgramVersions.InForce"/>), or the program itself when its terms never changed by a version.
    /// </summary>
    /// <param name="paidAtUtc">The order's paid instant (UTC).</param>
    public IReadOnlyList<ProgramTerms> ProgramsInForce(DateTime paidAtUtc)
    {
        if (_versions.Count == 0)
            return Programs;

        var inForce = new ProgramTerms[Programs.Count];
        for (var i = 0; i < Programs.Count; i++)
            inForce[i] = ProgramInForce(Programs[i], paidAtUtc);
        return inForce;
    }

    /// <summary>A program's version in force for an order paid at this instant; the program itself when it has no versions.</summary>
    /// <param name="program">The program.</param>
    /// <param name="paidAtUtc">The order's paid instant (UTC).</param>
    public ProgramTerms ProgramInForce(ProgramTerms program, DateTime paidAtUtc) =>
        _versions.TryGetValue(program.Id, out var programVersions) ? ProgramVersions.InForce(programVersions, paidAtUtc).Program : program;

    /// <summary>Sales targets (quotas), in listed order.</summary>
    public IReadOnlyList<SalesTarget> Targets { get; }

    /// <summary>The store's category tree (rules §3.2.3); without one every category is a root.</summary>
    public CategoryTree Categories { get; }

    /// <summary>True when gift card lines earn like any sale (setting <c>giftCardsEarn</c>, rules §3.1).</summary>
    public bool GiftCardsEarn { get; }

    /// <summary>
    /// A copy of this setup with one program in place of the program of the same id (or added last when there is none),
    /// keeping everything else: staff, partners, clients, groups, products, targets, the category tree and whether gift
    /// cards earn, and the versions of the other programs. A program editor's simulation runs the edited program this way,
    /// on every order whatever its paid time.
    /// </summary>
    /// <param name="program">The program to put in place.</param>
    public CommissionSetup WithProgram(ProgramTerms program)
    {
        ArgumentNullException.ThrowIfNull(program);

        var programs = Programs.Select(existing => existing.Id == program.Id ? program : existing).ToList();
        if (!programs.Contains(program, ReferenceEqualityComparer.Instance))
            programs.Add(program);

        return new CommissionSetup(Stacking, Staff.Values, Partners, Clients.Values, Groups, Products.Values, programs, Targets,
            _categories, GiftCardsEarn, _versions.Values.SelectMany(v => v).Where(v => v.Program.Id != program.Id));
    }

    /// <summary>The client with this id; an unknown client has no groups and no owners.</summary>
    public Client ClientOf(string clientId) => Clients.GetValueOrDefault(clientId) ?? UnknownClient;

    /// <summary>A staff member's managers up this setup's hierarchy, nearest first (<see cref="ManagerChain.Of"/>), worked out once per setup.</summary>
    /// <param name="staffId">The staff member.</param>
    public ManagerChain ManagerChainOf(string staffId) => ManagerChainsOf(staffId)[0];

    /// <summary>The manager chains of an order credited to one staff member alone: a list of their one chain, shared by such orders.</summary>
    /// <param name="staffId">The staff member.</param>
    public IReadOnlyList<ManagerChain> ManagerChainsOf(string staffId) =>
        _managerChains.TryGetValue(staffId, out var chains) ? chains : [ManagerChain.Of(staffId, Staff)];

    /// <summary>The categories of a product; none for an unknown product.</summary>
    public IReadOnlyList<string> CategoriesOf(string productId) =>
        Products.TryGetValue(productId, out var product) ? product.Categories : [];

    /// <summary>The categories reaching a product, nearest first (own categories, then parents, …); none for an unknown product.</summary>
    public IReadOnlyList<CategoryDistance> CategoryReachOf(string productId) =>
        _categoryReach.TryGetValue(productId, out var reach) ? reach : [];

    /// <summary>
    /// Why a product's lines are left out of a program's basis (rules §3.1): a gift card unless gift cards earn,
    /// excluded when the program excludes the product, excluded with a category when it excludes one of the
    /// categories reaching it; null when the lines count. Without a program, only gift cards are left out (attainment).
    /// </summary>
    public Derivation? LeftOutReason(ProgramTerms? program, string productId)
    {
        if (!GiftCardsEarn && Products.TryGetValue(productId, out var product) && product.GiftCard)
            return GiftCardReason;
        if (program is null || program.Exclude.IsEmpty)
            return null;
        if (program.Exclude.Products.Contains(productId, StringComparer.Ordinal))
            return ExcludedReason;
        var reach = CategoryReachOf(productId);
        for (var i = 0; i < reach.Count; i++)
        {
            if (program.Exclude.Categories.Contains(reach[i].CategoryId, StringComparer.Ordinal))
                return new Derivation("Reason.ExcludedWith", DerivationValue.Of(DerivationField.Category, reach[i].CategoryId));
        }

        return null;
    }

    /// <summary>The partners credited for an order of a client through an affiliate (rules §2), each once, in listed order.</summary>
    public IReadOnlyList<Partner> PartnersCrediting(string clientId, string? affiliateId)
    {
        List<Partner>? credited = null;
        if (affiliateId is not null)
            AddEachOnce(ref credited, _partnersByAffiliate[affiliateId]);
        AddEachOnce(ref credited, _partnersByClient[clientId]);
        if (credited is null)
            return [];

        credited.Sort((a, b) => _partnerOrder[a].CompareTo(_partnerOrder[b]));
        return credited;
    }

    /// <summary>
    /// The target a staff member's accelerated commission is measured against on a paid date (rules §7): the member's
    /// own target covering the date (an own target of another period does not block a team quota), else the quota
    /// covering the date of the first client group, in group order, that the member is assigned to (group staff).
    /// Among several covering targets of one owner (stored rows only; a scenario refuses overlaps) the first listed wins.
    /// Null when none covers the date.
    /// </summary>
    public SalesTarget? TargetOf(string staffId, DateTime paidAtUtc) =>
        FirstCovering(_staffTargets[staffId], paidAtUtc) ?? FirstCovering(_teamTargetsByStaff[staffId], paidAtUtc);

    /// <summary>The staff whose credited NetSales count toward a target: its staff member, or every staff member of its group once.</summary>
    public IReadOnlyList<string> StaffCountedToward(SalesTarget target) =>
        target.StaffId is { } staffId ? [staffId] : _groupStaff.GetValueOrDefault(target.GroupId!) ?? [];

    /// <summary>A program's product rules indexed for line lookups (a program not in this setup is indexed on the spot).</summary>
    public RuleIndex<ProductRule> ProductRulesOf(ProgramTerms program) =>
        _productRules.TryGetValue(program, out var index) ? index : ProductRuleIndex(program);

    /// <summary>A program's quantity rules indexed for line lookups (a program not in this setup is indexed on the spot).</summary>
    public RuleIndex<QuantityRule> QuantityRulesOf(ProgramTerms program) =>
        _quantityRules.TryGetValue(program, out var index) ? index : QuantityRuleIndex(program);

    /// <summary>A ProductLadder program's product and category ladders indexed for line lookups (a program not in this setup is indexed on the spot).</summary>
    public RuleIndex<ProductLadderRule> ProductLaddersOf(ProgramTerms program) =>
        _productLadders.TryGetValue(program, out var index) ? index : ProductLadderIndex(program);

    private static void AddEachOnce(ref List<Partner>? credited, IEnumerable<Partner> partners)
    {
        foreach (var partner in partners)
        {
            credited ??= [];
            if (!credited.Contains(partner))
                credited.Add(partner);
        }
    }

    private static SalesTarget? FirstCovering(IEnumerable<SalesTarget> targets, DateTime paidAtUtc)
    {
        foreach (var target in targets)
        {
            if (target.Covers(paidAtUtc))
                return target;
        }

        return null;
    }

    private static RuleIndex<ProductRule> ProductRuleIndex(ProgramTerms program) =>
        new(program.ProductRules, r => r.ProductId, r => r.CategoryId);

    private static RuleIndex<ProductLadderRule> ProductLadderIndex(ProgramTerms program) =>
        new(program.ProductLadders, r => r.ProductId, r => r.CategoryId);

    private static RuleIndex<QuantityRule> QuantityRuleIndex(ProgramTerms program) =>
        new(program.QuantityRules, r => r.ProductId, r => r.CategoryId);
}
