using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;

/// <summary>
/// A realistic store, the same for a given seed on every machine: 200 staff in a four-tier tree (head,
/// directors, managers, reps: three manager levels above each rep), 10 client groups (8 with staff),
/// clients with owners and 70/30 or 50/50 splits, 20 partners (by affiliate and by linked clients),
/// 5,000 products in 60 categories, 3 stores, and 20 active programs covering every type, window, mode,
/// basis and scope of the rules page, 7 of them with override levels. Orders are paid through 2026 in
/// ascending paid time and id, 5 lines each; about 10% are refunded later, partly or fully.
/// </summary>
public sealed class StoreGenerator
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 20260301;

    /// <summary>The number of staff members.</summary>
    public const int StaffCount = 200;

    /// <summary>The first day of the year the orders are paid in.</summary>
    public static readonly DateTime YearStart = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private const int ProductCount = 5_000;
    private const int CategoryCount = 60;
    private const int LinesPerOrder = 5;
    private static readonly string[] StoreIds = ["1", "2", "3"];

    private readonly int _seed;
    private readonly string[] _repIds;
    private readonly string[] _managerIds;
    private readonly List<StaffMember> _staff = [];
    private readonly List<ClientGroup> _groups = [];
    private readonly List<Client> _clients = [];
    private readonly List<Partner> _partners = [];
    private readonly List<Product> _products = [];
    private readonly List<ProgramTerms> _programs;

    /// <summary>Builds the store's people, catalogue and programs from the seed.</summary>
    /// <param name="seed">The seed; the same seed gives the same store and the same orders.</param>
    /// <param name="clientCount">How many clients the store has.</param>
    public StoreGenerator(int seed = DefaultSeed, int clientCount = 20_000)
    {
        _seed = seed;
        var random = new Random(seed);

        // Ids are all-digit, as the host's are: 1 head, 9 directors, 30 managers, 160 reps.
        _staff.Add(new StaffMember(Id(1), null));
        for (var i = 2; i <= 10; i++)
            _staff.Add(new StaffMember(Id(i), Id(1)));
        for (var i = 11; i <= 40; i++)
            _staff.Add(new StaffMember(Id(i), Id(2 + (i - 11) % 9)));
        for (var i = 41; i <= StaffCount; i++)
            _staff.Add(new StaffMember(Id(i), Id(11 + (i - 41) % 30)));
        _managerIds = Enumerable.Range(11, 30).Select(Id).ToArray();
        _repIds = Enumerable.Range(41, StaffCount - 40).Select(Id).ToArray();

        for (var g = 101; g <= 110; g++)
        {
            IReadOnlyList<StaffShare> staff = g switch
            {
                > 108 => [],
                _ when g % 3 == 0 => [new StaffShare(Pick(random, _repIds), 50m), new StaffShare(Pick(random, _repIds), 50m)],
                _ => [new StaffShare(Pick(random, _repIds), 100m)]
            };
            _groups.Add(new ClientGroup(Id(g), staff));
        }

        var groupIds = _groups.Select(g => g.Id).ToArray();
        for (var c = 0; c < clientCount; c++)
        {
            var roll = random.NextDouble();
            IReadOnlyList<string> groups = roll < 0.1 ? [] : roll < 0.7 ? [Pick(random, groupIds)] : TwoDistinct(random, groupIds);
            _clients.Add(new Client(Id(100_001 + c), groups, Owners(random)));
        }

        for (var p = 1; p <= 20; p++)
        {
            var affiliate = p <= 10 ? Id(p) : null;
            IReadOnlyList<string> linked = p > 10 ? Sample(random, _clients, 50).Select(c => c.Id).ToArray()
                : p == 5 ? Sample(random, _clients, 30).Select(c => c.Id).ToArray()
                : [];
            _partners.Add(new Partner(Id(9_000 + p), affiliate, linked));
        }

        for (var p = 1; p <= ProductCount; p++)
        {
            var categories = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Id(1 + random.Next(CategoryCount))).Distinct().ToArray();
            _products.Add(new Product(Id(p), categories));
        }

        _programs = CreatePrograms(random);
    }

    /// <summary>The staff members (four tiers: head, directors, managers, reps).</summary>
    public IReadOnlyList<StaffMember> Staff => _staff;

    /// <summary>The client groups, in crediting priority order.</summary>
    public IReadOnlyList<ClientGroup> Groups => _groups;

    /// <summary>The clients.</summary>
    public IReadOnlyList<Client> Clients => _clients;

    /// <summary>The partners.</summary>
    public IReadOnlyList<Partner> Partners => _partners;

    /// <summary>The 20 programs, in creation order.</summary>
    public IReadOnlyList<ProgramTerms> Programs => _programs;

    /// <summary>The store's setup under a stacking policy.</summary>
    public CommissionSetup Setup(StackingPolicy stacking) =>
        new(stacking, _staff, _partners, _clients, _groups, _products, _programs);

    /// <summary>
    /// <paramref name="count"/> paid orders spread evenly over 2026, produced one at a time (nothing is kept
    /// but each client's order count per store, so a stream of any length runs in bounded memory).
    /// </summary>
    public IEnumerable<GeneratedOrder> Orders(int count)
    {
        var random = new Random(_seed + 1);
        var ranks = new Dictionary<(string Client, string Store), int>();
        var yearTicks = (YearStart.AddYears(1) - YearStart).Ticks;
        for (var i = 0; i < count; i++)
        {
            // Strictly ascending paid times: each order falls inside its own slot of the year.
            var paidAt = YearStart.AddTicks((long)(yearTicks * (i + random.NextDouble() * 0.9) / count));
            // Squaring skews orders towards the first clients: a few big accounts, a long tail.
            var client = _clients[(int)(_clients.Count * Math.Pow(random.NextDouble(), 2))];
            var storeRoll = random.NextDouble();
            var store = StoreIds[storeRoll < 0.7 ? 0 : storeRoll < 0.9 ? 1 : 2];
            var affiliate = random.NextDouble() < 0.12 ? Id(1 + random.Next(12)) : null;
            IReadOnlyList<StaffShare>? sellers = random.NextDouble() < 0.05
                ? random.NextDouble() < 0.5
                    ? [new StaffShare(Pick(random, _repIds), 100m)]
                    : [new StaffShare(Pick(random, _repIds), 60m), new StaffShare(Pick(random, _repIds), 40m)]
                : null;

            var lines = new OrderLine[LinesPerOrder];
            var subtotal = 0m;
            for (var l = 0; l < LinesPerOrder; l++)
            {
                var quantity = Math.Min(40, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 3));
                var unitPrice = Math.Round(5m + 495m * (decimal)Math.Pow(random.NextDouble(), 2), 2);
                var itemDiscount = random.NextDouble() < 0.1 ? 0.9m : 1m;
                var price = Math.Round(unitPrice * quantity * itemDiscount, 2);
                var unitCost = Math.Round(unitPrice * (0.4m + 0.4m * (decimal)random.NextDouble()), 2);
                lines[l] = new OrderLine(Id(1 + random.Next(ProductCount)), quantity, price, unitCost);
                subtotal += price;
            }

            var subtotalDiscount = random.NextDouble() < 0.2 ? Math.Round(subtotal * 0.05m, 2) : 0m;
            var orderDiscount = random.NextDouble() < 0.1 ? Math.Min(10m, subtotal - subtotalDiscount) : 0m;
            var total = Math.Round((subtotal - subtotalDiscount - orderDiscount) * 1.2m + 8m, 2);
            var order = new OrderSnapshot(Id(1_000_001 + i), client.Id, store, affiliate, paidAt, sellers,
                subtotal, subtotalDiscount, orderDiscount, total, lines);

            var key = (client.Id, store);
            var rank = ranks[key] = ranks.GetValueOrDefault(key) + 1;
            yield return new GeneratedOrder(order, rank, Refunds(random, total));
        }
    }

    /// <summary>About 10% of orders are refunded: 30% of those in full, 50% once in part, 20% twice in part.</summary>
    private static IReadOnlyList<decimal> Refunds(Random random, decimal total)
    {
        if (random.NextDouble() >= 0.10)
            return [];

        var kind = random.NextDouble();
        if (kind < 0.3)
            return [total];
        var first = Math.Round(total * (0.1m + 0.5m * (decimal)random.NextDouble()), 2);
        if (kind < 0.8)
            return [first];
        return [first, Math.Round((total - first) * (decimal)random.NextDouble(), 2)];
    }

    private IReadOnlyList<StaffShare> Owners(Random random)
    {
        var roll = random.NextDouble();
        if (roll >= 0.6)
            return [];
        if (roll < 0.48)
            return [new StaffShare(Pick(random, _repIds), 100m)];
        if (roll < 0.57)
            return [new StaffShare(Pick(random, _repIds), 70m), new StaffShare(Pick(random, _repIds), 30m)];
        return [new StaffShare(Pick(random, _repIds), 50m), new StaffShare(Pick(random, _managerIds), 50m)];
    }

    private List<ProgramTerms> CreatePrograms(Random random)
    {
        var keyAccounts = Sample(random, _clients, 150).Select(c => c.Id).ToArray();
        var marginAccounts = Sample(random, _clients, 300).Select(c => c.Id).ToArray();
        var productRules = Sample(random, _products, 200)
            .Select(p => new ProductRule(p.Id, null, 2m + random.Next(14), null))
            .Concat(Enumerable.Range(1, 20).Select(c => c % 4 == 0
                ? new ProductRule(null, Id(c), null, 0.5m + c / 10m)
                : new ProductRule(null, Id(c), 3m + c % 7, null)))
            .ToArray();
        var marginCategoryRules = Enumerable.Range(21, 30).Select(c => new ProductRule(null, Id(c), 4m + c % 5, null)).ToArray();
        var quantityRules = Sample(random, _products, 100)
            .SelectMany(p => new[]
            {
                new QuantityRule(p.Id, null, 1, 9, 1m, null, null),
                new QuantityRule(p.Id, null, 10, null, 1.5m, null, null)
            })
            .Concat(Enumerable.Range(31, 20).SelectMany(c => new[]
            {
                new QuantityRule(null, Id(c), 1, 4, null, 2m, null),
                new QuantityRule(null, Id(c), 5, null, null, null, 3m)
            }))
            .Append(new QuantityRule(null, null, 1, 2, null, null, 1m))
            .Append(new QuantityRule(null, null, 3, null, 0.25m, null, null))
            .ToArray();
        var someReps = Sample(random, _repIds, 50);
        var bigPartners = _partners.Take(10).Select(p => p.Id).ToArray();

        OverrideLevel[] twoLevels = [new(1, 20m, OverrideBase.OfCommission), new(2, 5m, OverrideBase.OfCommission)];
        OverrideLevel[] threeLevelsOfSales = [new(1, 0.5m, OverrideBase.OfSales), new(2, 0.25m, OverrideBase.OfSales), new(3, 0.1m, OverrideBase.OfSales)];
        OverrideLevel[] threeLevels = [new(1, 10m, OverrideBase.OfCommission), new(2, 5m, OverrideBase.OfCommission), new(3, 2m, OverrideBase.OfCommission)];
        OverrideLevel[] oneLevel = [new(1, 10m, OverrideBase.OfCommission)];
        // An empty staff list pays every credited staff member (rules §3), so a partner program names the
        // head of sales, who never sells, to pay partners only.
        var partnersOnly = new ProgramBeneficiaries([Id(1)], [], true);

        return
        [
            new() { Id = "1", Name = "Base 3%", Type = ProgramType.PercentOfOrder, Rate = 3m, Hierarchy = twoLevels },
            new() { Id = "2", Name = "Wholesale fixed per order", Type = ProgramType.PercentOfOrder, Basis = CommissionBasis.OrderTotal,
                Fixed = 12m, Priority = 10, Scope = ForGroups("101") },
            new() { Id = "3", Name = "Key accounts on margin", Type = ProgramType.PercentOfOrder, Basis = CommissionBasis.Margin,
                Rate = 8m, Priority = 50, Scope = new ProgramScope([], [], keyAccounts), Hierarchy = oneLevel },
            new() { Id = "4", Name = "Order-size ladder", Type = ProgramType.Ladder, Priority = 10, Scope = ForGroups("102"), Hierarchy = [new(1, 15m, OverrideBase.OfCommission)],
                Ladder = Ladder(LadderMode.Marginal, LadderWindow.PerOrder, (0m, 2m, null), (1_000m, 3m, null), (3_000m, 4m, null)) },
            new() { Id = "5", Name = "Order-size bonus", Type = ProgramType.Ladder, Basis = CommissionBasis.OrderTotal, Priority = 10, Scope = ForGroups("103"),
                Ladder = Ladder(LadderMode.WholeAmount, LadderWindow.PerOrder, (0m, null, 5m), (500m, null, 10m), (2_000m, null, 25m)) },
            new() { Id = "6", Name = "Monthly marginal ladder", Type = ProgramType.Ladder, Priority = 20, Scope = ForGroups("104"), Hierarchy = threeLevelsOfSales,
                Ladder = Ladder(LadderMode.Marginal, LadderWindow.Month, (0m, 1.5m, null), (20_000m, 2.5m, null), (50_000m, 3.5m, null)) },
            new() { Id = "7", Name = "Monthly margin tiers", Type = ProgramType.Ladder, Basis = CommissionBasis.Margin, Priority = 20, Scope = ForGroups("105"),
                Ladder = Ladder(LadderMode.WholeAmount, LadderWindow.Month, (0m, 3m, null), (10_000m, 4m, null), (30_000m, 5m, null)) },
            new() { Id = "8", Name = "Store 2 quarterly ladder", Type = ProgramType.Ladder, Basis = CommissionBasis.OrderTotal, Priority = 15, Scope = ForStores("2"),
                Ladder = Ladder(LadderMode.Marginal, LadderWindow.Quarter, (0m, 1m, null), (60_000m, 2m, null), (150_000m, 3m, null)) },
            new() { Id = "9", Name = "Quarterly tiers with a kicker", Type = ProgramType.Ladder, Priority = 20, Scope = ForGroups("106"), Hierarchy = threeLevels,
                Ladder = Ladder(LadderMode.WholeAmount, LadderWindow.Quarter, (0m, 1m, null), (50_000m, null, 750m), (100_000m, 2m, null)) },
            new() { Id = "10", Name = "Yearly marginal ladder", Type = ProgramType.Ladder, Priority = 20, Scope = ForGroups("107"),
                Ladder = Ladder(LadderMode.Marginal, LadderWindow.Year, (0m, 1m, null), (250_000m, 1.5m, null), (500_000m, 2m, null)) },
            new() { Id = "11", Name = "Store 3 yearly margin tiers", Type = ProgramType.Ladder, Basis = CommissionBasis.Margin, Priority = 15, Scope = ForStores("3"),
                Ladder = Ladder(LadderMode.WholeAmount, LadderWindow.Year, (0m, 2m, null), (100_000m, null, 2_500m), (200_000m, 3m, null)) },
            new() { Id = "12", Name = "Product and category rates", Type = ProgramType.PercentPerProduct, Priority = 20, Scope = ForGroups("108"),
                ProductRules = productRules, DefaultRate = 1m, Hierarchy = oneLevel },
            new() { Id = "13", Name = "Category margin rates", Type = ProgramType.PercentPerProduct, Basis = CommissionBasis.Margin, Priority = 30,
                Scope = new ProgramScope([], [], marginAccounts), ProductRules = marginCategoryRules },
            new() { Id = "14", Name = "Managers' new client bonus", Type = ProgramType.FirstOrder, Rate = 2m, Priority = 1, FirstOrder = new FirstOrderTerms(1, 10m),
                Beneficiaries = new ProgramBeneficiaries(_managerIds, [], false) },
            new() { Id = "15", Name = "First three orders", Type = ProgramType.FirstOrder, Basis = CommissionBasis.OrderTotal, Rate = 1m, Priority = 20,
                Scope = ForGroups("109"), FirstOrder = new FirstOrderTerms(3, 15m), Hierarchy = oneLevel },
            new() { Id = "16", Name = "Units sold", Type = ProgramType.PerQuantity, Priority = 20, Scope = ForGroups("110"), QuantityRules = quantityRules },
            new() { Id = "17", Name = "Second-half line bonus", Type = ProgramType.PerQuantity, Priority = 3,
                ValidFrom = new DateOnly(2026, 7, 1), ValidTo = new DateOnly(2026, 12, 31), Beneficiaries = new ProgramBeneficiaries(someReps, [], false),
                QuantityRules = [new QuantityRule(null, null, 1, 5, null, 0.5m, null), new QuantityRule(null, null, 6, null, null, null, 0.5m)] },
            new() { Id = "18", Name = "Partner 5%", Type = ProgramType.PercentOfOrder, Rate = 5m, Beneficiaries = partnersOnly },
            new() { Id = "19", Name = "Partner monthly ladder", Type = ProgramType.Ladder, Priority = 10,
                Beneficiaries = new ProgramBeneficiaries([Id(1)], bigPartners, false),
                Ladder = Ladder(LadderMode.Marginal, LadderWindow.Month, (0m, 4m, null), (30_000m, 6m, null)) },
            new() { Id = "20", Name = "Store 1 partner new clients", Type = ProgramType.FirstOrder, Basis = CommissionBasis.OrderTotal, Rate = 0m,
                Priority = 5, Scope = ForStores("1"), FirstOrder = new FirstOrderTerms(1, 8m), Beneficiaries = partnersOnly }
        ];
    }

    private static ProgramScope ForGroups(params string[] groups) => new([], groups, []);

    private static ProgramScope ForStores(params string[] stores) => new(stores, [], []);

    private static Ladder Ladder(LadderMode mode, LadderWindow window, params (decimal From, decimal? Rate, decimal? Fixed)[] bands) =>
        new(mode, window, bands.Select((b, i) => new LadderBand(b.From, i + 1 < bands.Length ? bands[i + 1].From : null, b.Rate, b.Fixed)).ToArray());

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string[] TwoDistinct(Random random, string[] items)
    {
        var first = random.Next(items.Length);
        var second = (first + 1 + random.Next(items.Length - 1)) % items.Length;
        return [items[first], items[second]];
    }

    /// <summary>A deterministic sample without repeats (a partial Fisher–Yates shuffle of the indexes).</summary>
    private static T[] Sample<T>(Random random, IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = i + random.Next(indexes.Length - i);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        return indexes.Take(count).Select(i => items[i]).ToArray();
    }
}
