using System.Text.Json;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>
/// Reads the programs of a scenario (rules §3 and §8). The reader checks only the document's shape (types, the fields a
/// record cannot go without, the names of choices, references); every rule about a program's values is
/// <see cref="ProgramDraftCheck"/>'s, reported here at the field's path with the scenario's wording
/// (<see cref="ProgramProblemText"/>).
/// </summary>
internal sealed class ProgramReader(JsonFieldReader fields, ScenarioReferences references)
{
    /// <summary>Reads one program; null when it has errors.</summary>
    public ProgramTerms? Read(JsonElement item, string path)
    {
        if (!fields.IsObject(item, path))
            return null;

        var errorsBefore = fields.ErrorCount;
        var id = fields.Text(item, path, "id", required: true);
        references.Declare("program", id, JsonFieldReader.PathOf(path, "id"));
        if (!JsonFieldReader.Has(item, "type"))
            fields.Error(JsonFieldReader.PathOf(path, "type"), "is required");
        var (threshold, factor) = ReadAccelerator(item, path);
        var program = ReadTerms(new ProgramTerms
        {
            Id = id ?? string.Empty,
            Name = fields.Text(item, path, "name") ?? id ?? string.Empty,
            Type = fields.Choice(item, path, "type", ProgramType.PercentOfOrder),
            Basis = fields.Choice(item, path, "basis", CommissionBasis.NetSales),
            Priority = fields.Integer(item, path, "priority") ?? 0,
            Active = fields.Flag(item, path, "active", true),
            ValidFrom = fields.Date(item, path, "validFrom"),
            ValidTo = fields.Date(item, path, "validTo"),
            Scope = ReadScope(item, path),
            Beneficiaries = ReadBeneficiaries(item, path),
            Hierarchy = ReadHierarchy(item, path),
            CapPerOrder = fields.Number(item, path, "capPerOrder", min: decimal.MinValue),
            CapPerPeriod = ReadPeriodCap(item, path),
            Exclude = ReadExclusion(item, path)
        }, item, path);
        if (fields.ErrorCount > errorsBefore)
            return null;

        var draft = ProgramDraft.Of(program) with { AcceleratorThresholdPercent = threshold, AcceleratorFactor = factor };
        var problems = ProgramDraftCheck.Check(draft);
        foreach (var problem in problems)
            fields.Error(JsonFieldReader.PathOf(path, ProgramProblemPath.Of(problem, draft)), ProgramProblemText.Of(problem, draft));
        return problems.Count > 0 ? null : Joined(program) with { Accelerator = Accelerator.Of(threshold, factor) };
    }

    /// <summary>The program with every ladder's bands ending where the next starts (a band's 'to' is optional in a scenario).</summary>
    private static ProgramTerms Joined(ProgramTerms program) => program with
    {
        Ladder = Joined(program.Ladder),
        ProductLadders = program.ProductLadders.Select(rule => rule with { Ladder = Joined(rule.Ladder)! }).ToList(),
        DefaultLadder = Joined(program.DefaultLadder)
    };

    private static Ladder? Joined(Ladder? ladder) => ladder is null ? null : ladder with
    {
        Bands = ladder.Bands.Select((band, i) => band with { To = i + 1 < ladder.Bands.Count ? ladder.Bands[i + 1].From : band.To }).ToList()
    };

    private ProgramTerms ReadTerms(ProgramTerms program, JsonElement item, string path) => program.Type switch
    {
        ProgramType.PercentOfOrder => program with { Rate = Amount(item, path, "rate"), Fixed = Amount(item, path, "fixed") },
        ProgramType.Ladder => program with { Ladder = ReadLadder(item, path) },
        ProgramType.PercentPerProduct => program with
        {
            ProductRules = ReadRules(item, path, "productRules", ReadProductRule),
            DefaultRate = Amount(item, path, "defaultRate") ?? 0m
        },
        ProgramType.FirstOrder => program with { FirstOrder = ReadFirstOrder(item, path), Rate = Amount(item, path, "rate") ?? 0m },
        ProgramType.ProductLadder => program with
        {
            ProductLadders = ReadRules(item, path, "productLadders", ReadProductLadder),
            DefaultLadder = JsonFieldReader.Has(item, "defaultLadder") ? ReadLadder(item, path, "defaultLadder") : null
        },
        ProgramType.PerQuantity => program with { QuantityRules = ReadRules(item, path, "quantityRules", ReadQuantityRule) },
        _ => program with { TypeTerms = TypeTermsJson.Read(program.Type, item, path, fields) }
    };

    private List<T> ReadRules<T>(JsonElement item, string path, string name, Func<JsonElement, string, T?> read) where T : class =>
        fields.Items(item, path, name).Select(r => read(r.Item, r.Path)).OfType<T>().ToList();

    /// <summary>A number as written, of any sign: whether it may be negative or above 100 is <see cref="ProgramDraftCheck"/>'s rule.</summary>
    private decimal? Amount(JsonElement obj, string path, string name, bool required = false) =>
        fields.Number(obj, path, name, required, min: decimal.MinValue);

    /// <summary>Reads <c>accelerator: { thresholdPercent, factor }</c> as written (rules §7); both null when absent or bad.</summary>
    private (decimal? Threshold, decimal? Factor) ReadAccelerator(JsonElement item, string path)
    {
        if (JsonFieldReader.Field(item, "accelerator") is not { } accelerator)
            return (null, null);
        var acceleratorPath = JsonFieldReader.PathOf(path, "accelerator");
        if (!fields.IsObject(accelerator, acceleratorPath))
            return (null, null);

        return (Amount(accelerator, acceleratorPath, "thresholdPercent", required: true),
            Amount(accelerator, acceleratorPath, "factor", required: true));
    }

    /// <summary>Reads <c>capPerPeriod: { window, amount }</c> (rules §3.4); null when absent or bad.</summary>
    private PeriodCap? ReadPeriodCap(JsonElement item, string path)
    {
        if (JsonFieldReader.Field(item, "capPerPeriod") is not { } cap)
            return null;
        var capPath = JsonFieldReader.PathOf(path, "capPerPeriod");
        if (!fields.IsObject(cap, capPath))
            return null;

        var windowText = fields.Text(cap, capPath, "window", required: true);
        LadderWindow? window = windowText is not null && Enum.TryParse<LadderWindow>(windowText, ignoreCase: true, out var parsed)
                                                      && Enum.IsDefined(parsed) && !char.IsDigit(windowText[0]) ? parsed : null;
        if (windowText is not null && window is null)
            fields.Error(JsonFieldReader.PathOf(capPath, "window"), ProgramProblemText.CalendarWindow);
        var amount = Amount(cap, capPath, "amount", required: true);
        return window is { } w && amount is { } a ? new PeriodCap(w, a) : null;
    }

    private ProgramScope ReadScope(JsonElement item, string path)
    {
        if (JsonFieldReader.Field(item, "scope") is not { } scope)
            return ProgramScope.Everything;
        var scopePath = JsonFieldReader.PathOf(path, "scope");
        if (!fields.IsObject(scope, scopePath))
            return ProgramScope.Everything;

        var groups = fields.Strings(scope, scopePath, "groups");
        var clients = fields.Strings(scope, scopePath, "clients");
        groups.ForEach(g => references.Refer("group", g.Value, g.Path));
        clients.ForEach(c => references.Refer("client", c.Value, c.Path));
        return new ProgramScope(
            fields.Strings(scope, scopePath, "stores").Select(s => s.Value).ToList(),
            groups.Select(g => g.Value).ToList(),
            clients.Select(c => c.Value).ToList());
    }

    private ProgramBeneficiaries ReadBeneficiaries(JsonElement item, string path)
    {
        if (JsonFieldReader.Field(item, "beneficiaries") is not { } payees)
            return ProgramBeneficiaries.AllStaff;
        var payeesPath = JsonFieldReader.PathOf(path, "beneficiaries");
        if (!fields.IsObject(payees, payeesPath))
            return ProgramBeneficiaries.AllStaff;

        var staff = fields.Strings(payees, payeesPath, "staff");
        var partners = fields.Strings(payees, payeesPath, "partners");
        staff.ForEach(s => references.Refer("staff", s.Value, s.Path));
        partners.ForEach(p => references.Refer("partner", p.Value, p.Path));
        return new ProgramBeneficiaries(staff.Select(s => s.Value).ToList(), partners.Select(p => p.Value).ToList(),
            fields.Flag(payees, payeesPath, "allPartners", false));
    }

    private List<OverrideLevel> ReadHierarchy(JsonElement item, string path)
    {
        var levels = new List<OverrideLevel>();
        foreach (var (level, levelPath) in fields.Items(item, path, "hierarchy"))
        {
            if (!fields.IsObject(level, levelPath))
                continue;
            var number = fields.Integer(level, levelPath, "level", required: true);
            var percent = Amount(level, levelPath, "percent", required: true);
            var overrideBase = fields.Choice(level, levelPath, "base", OverrideBase.OfCommission);
            if (number is { } n && percent is { } p)
                levels.Add(new OverrideLevel(n, p, overrideBase));
        }

        return levels;
    }

    private Ladder? ReadLadder(JsonElement item, string path, string name = "ladder", string requiredFor = "a Ladder program")
    {
        var ladderPath = JsonFieldReader.PathOf(path, name);
        if (JsonFieldReader.Field(item, name) is not { } ladder)
        {
            fields.Error(ladderPath, $"is required for {requiredFor}");
            return null;
        }

        if (!fields.IsObject(ladder, ladderPath))
            return null;

        var bands = new List<LadderBand>();
        foreach (var (band, bandPath) in fields.Items(ladder, ladderPath, "bands"))
        {
            if (!fields.IsObject(band, bandPath))
                continue;
            var from = Amount(band, bandPath, "from", required: true);
            bands.Add(new LadderBand(from ?? 0m, Amount(band, bandPath, "to"), Amount(band, bandPath, "rate"), Amount(band, bandPath, "fixed")));
        }

        return new Ladder(fields.Choice(ladder, ladderPath, "mode", LadderMode.Marginal),
            fields.Choice(ladder, ladderPath, "window", LadderWindow.PerOrder), bands);
    }

    private ProductRule? ReadProductRule(JsonElement rule, string path)
    {
        if (!fields.IsObject(rule, path))
            return null;
        var productId = fields.Text(rule, path, "productId");
        references.Refer("product", productId, JsonFieldReader.PathOf(path, "productId"));
        return new ProductRule(productId, fields.Text(rule, path, "categoryId"), Amount(rule, path, "rate"), Amount(rule, path, "fixedPerUnit"));
    }

    /// <summary>
    /// Reads one product ladder (rules §3.2.6): a product or a category, and its ladder; null when it has errors. A scenario
    /// gives the default ladder as <c>defaultLadder</c>, so a product ladder must name a product or a category.
    /// </summary>
    private ProductLadderRule? ReadProductLadder(JsonElement rule, string path)
    {
        if (!fields.IsObject(rule, path))
            return null;
        if (!JsonFieldReader.Has(rule, "productId") && !JsonFieldReader.Has(rule, "categoryId"))
            fields.Error(path, "a product ladder names one of productId, categoryId");
        var productId = fields.Text(rule, path, "productId");
        references.Refer("product", productId, JsonFieldReader.PathOf(path, "productId"));
        var categoryId = fields.Text(rule, path, "categoryId");
        var ladder = ReadLadder(rule, path, requiredFor: "a product ladder");
        return ladder is null ? null : new ProductLadderRule(productId, categoryId, ladder);
    }

    /// <summary>Reads the products and categories a program leaves out (rules §3.1); categories are free text.</summary>
    private ProgramExclusion ReadExclusion(JsonElement item, string path)
    {
        if (JsonFieldReader.Field(item, "exclude") is not { } exclude)
            return ProgramExclusion.None;
        var excludePath = JsonFieldReader.PathOf(path, "exclude");
        if (!fields.IsObject(exclude, excludePath))
            return ProgramExclusion.None;

        var products = fields.Strings(exclude, excludePath, "products");
        products.ForEach(p => references.Refer("product", p.Value, p.Path));
        return new ProgramExclusion(products.Select(p => p.Value).ToList(),
            fields.Strings(exclude, excludePath, "categories").Select(c => c.Value).ToList());
    }

    private FirstOrderTerms? ReadFirstOrder(JsonElement item, string path)
    {
        var termsPath = JsonFieldReader.PathOf(path, "firstOrder");
        if (JsonFieldReader.Field(item, "firstOrder") is not { } terms)
        {
            fields.Error(termsPath, "is required for a FirstOrder program");
            return null;
        }

        if (!fields.IsObject(terms, termsPath))
            return null;
        var count = fields.Integer(terms, termsPath, "count") ?? 1;
        return Amount(terms, termsPath, "rate", required: true) is { } rate ? new FirstOrderTerms(count, rate) : null;
    }

    private QuantityRule? ReadQuantityRule(JsonElement rule, string path)
    {
        if (!fields.IsObject(rule, path))
            return null;
        var productId = fields.Text(rule, path, "productId");
        references.Refer("product", productId, JsonFieldReader.PathOf(path, "productId"));
        return new QuantityRule(productId, fields.Text(rule, path, "categoryId"),
            fields.Integer(rule, path, "minQty") ?? 1, fields.Integer(rule, path, "maxQty"),
            Amount(rule, path, "perUnit"), Amount(rule, path, "perLine"), Amount(rule, path, "rate"));
    }
}
