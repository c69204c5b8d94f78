using System.Text.Json;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>Reads and validates the programs of a scenario (rules §3 and §8).</summary>
internal sealed class ProgramReader(JsonFieldReader fields, ScenarioReferences references)
{
    private const int MaxOverrideLevels = 5;

    /// <summary>Reads one program; null when it has errors.</summary>
    public CommissionProgram? Read(JsonElement item, string path)
    {
        if (!fields.IsObject(item, path))
            return null;

        var id = fields.Text(item, path, "id", required: true);
        references.Declare("program", id, JsonFieldReader.PathOf(path, "id"));
        if (!JsonFieldReader.Has(item, "type"))
            fields.Error(JsonFieldReader.PathOf(path, "type"), "is required");
        var type = fields.Choice(item, path, "type", ProgramType.PercentOfOrder);
        var validFrom = fields.Date(item, path, "validFrom");
        var validTo = fields.Date(item, path, "validTo");
        if (validFrom is { } from && validTo is { } to && to < from)
            fields.Error(JsonFieldReader.PathOf(path, "validTo"), "must not be before validFrom");

        var program = new CommissionProgram
        {
            Id = id ?? string.Empty,
            Name = fields.Text(item, path, "name") ?? id ?? string.Empty,
            Type = type,
            Basis = fields.Choice(item, path, "basis", CommissionBasis.NetSales),
            Priority = fields.Integer(item, path, "priority") ?? 0,
            Active = fields.Flag(item, path, "active", true),
            ValidFrom = validFrom,
            ValidTo = validTo,
            Scope = ReadScope(item, path),
            Beneficiaries = ReadBeneficiaries(item, path),
            Hierarchy = ReadHierarchy(item, path),
            Accelerator = ReadAccelerator(item, path),
            CapPerOrder = PositiveAmount(item, path, "capPerOrder"),
            CapPerPeriod = ReadPeriodCap(item, path),
            Exclude = ReadExclusion(item, path)
        };
        return ReadTerms(program, item, path);
    }

    private CommissionProgram ReadTerms(CommissionProgram program, JsonElement item, string path) => program.Type switch
    {
        ProgramType.PercentOfOrder => ReadPercentOfOrder(program, item, path),
        ProgramType.Ladder => program with { Ladder = ReadLadder(item, path) },
        ProgramType.PercentPerProduct => program with
        {
            ProductRules = ReadRules(item, path, "productRules", ReadProductRule, RuleTargets.RepeatedProductRules,
                "a rule for this product or category comes earlier (one rule per product and per category)"),
            DefaultRate = Rate(item, path, "defaultRate") ?? 0m
        },
        ProgramType.FirstOrder => program with { FirstOrder = ReadFirstOrder(item, path), Rate = Rate(item, path, "rate") ?? 0m },
        ProgramType.ProductLadder => program with
        {
            ProductLadders = ReadRules(item, path, "productLadders", ReadProductLadder, RuleTargets.RepeatedProductLadders,
                "a ladder for this product or category comes earlier (one ladder per product and per category)"),
            DefaultLadder = JsonFieldReader.Has(item, "defaultLadder") ? ReadLadder(item, path, "defaultLadder") : null
        },
        _ => program with
        {
            QuantityRules = ReadRules(item, path, "quantityRules", ReadQuantityRule, RuleTargets.OverlappingQuantityRules,
                "its quantity band overlaps an earlier rule's band for the same product, category or every product")
        }
    };

    /// <summary>Reads a list of rules and names each rule the program may not hold beside the earlier ones (rules §9.13).</summary>
    private List<T> ReadRules<T>(JsonElement item, string path, string name, Func<JsonElement, string, T?> read,
        Func<IReadOnlyList<T>, IReadOnlyList<int>> conflicts, string message) where T : class
    {
        var given = fields.Items(item, path, name).Select(r => (Rule: read(r.Item, r.Path), r.Path))
            .Where(r => r.Rule is not null).Select(r => (Rule: r.Rule!, r.Path)).ToList();
        var rules = given.Select(r => r.Rule).ToList();
        foreach (var index in conflicts(rules))
            fields.Error(given[index].Path, message);
        return rules;
    }

    private decimal? Rate(JsonElement obj, string path, string name, bool required = false) =>
        fields.Number(obj, path, name, required, 0m, 100m);

    private CommissionProgram ReadPercentOfOrder(CommissionProgram program, JsonElement item, string path)
    {
        ExactlyOne(item, path, "PercentOfOrder needs", "rate", "fixed");
        return program with { Rate = Rate(item, path, "rate"), Fixed = fields.Number(item, path, "fixed") };
    }

    private void ExactlyOne(JsonElement item, string path, string what, params string[] names)
    {
        var present = names.Count(n => JsonFieldReader.Has(item, n));
        if (present == 0)
            fields.Error(path, $"{what} one of {string.Join(", ", names)}");
        else if (present > 1)
            fields.Error(path, $"{what} only one of {string.Join(", ", names)}");
    }

    private Accelerator? ReadAccelerator(JsonElement item, string path)
    {
        if (JsonFieldReader.Field(item, "accelerator") is not { } accelerator)
            return null;
        var acceleratorPath = JsonFieldReader.PathOf(path, "accelerator");
        if (!fields.IsObject(accelerator, acceleratorPath))
            return null;

        var threshold = fields.Number(accelerator, acceleratorPath, "thresholdPercent", required: true);
        var factor = fields.Number(accelerator, acceleratorPath, "factor", required: true, min: 1m);
        return Accelerator.Of(threshold, factor);
    }

    /// <summary>An optional amount that must be above 0 (a cap, rules §3.4).</summary>
    private decimal? PositiveAmount(JsonElement obj, string path, string name, bool required = false)
    {
        var amount = fields.Number(obj, path, name, required, min: decimal.MinValue);
        if (amount is not { } value || CommissionCap.IsCapAmount(value))
            return amount;
        fields.Error(JsonFieldReader.PathOf(path, name), "must be above 0");
        return null;
    }

    /// <summary>Reads <c>capPerPeriod: { window, amount }</c> (rules §3.4); null when absent or bad.</summary>
    private PeriodCap? ReadPeriodCap(JsonElement item, string path)
    {
        if (JsonFieldReader.Field(item, "capPerPeriod") is not { } cap)
            return null;
        var capPath = JsonFieldReader.PathOf(path, "capPerPeriod");
        if (!fields.IsObject(cap, capPath))
            return null;

        var windowPath = JsonFieldReader.PathOf(capPath, "window");
        var windowText = fields.Text(cap, capPath, "window", required: true);
        LadderWindow? window = windowText is null ? null
            : Enum.TryParse<LadderWindow>(windowText, ignoreCase: true, out var parsed) && !char.IsDigit(windowText[0])
              && CommissionPeriod.IsCalendar(parsed) ? parsed : null;
        if (windowText is not null && window is null)
            fields.Error(windowPath, "must be Month, Quarter or Year");
        var amount = PositiveAmount(cap, capPath, "amount", required: true);
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
            var number = fields.Integer(level, levelPath, "level", required: true, min: 1, max: MaxOverrideLevels);
            var percent = fields.Number(level, levelPath, "percent", required: true, max: 100m);
            var overrideBase = fields.Choice(level, levelPath, "base", OverrideBase.OfCommission);
            if (number is not { } n || percent is not { } p)
                continue;
            if (levels.Any(l => l.Level == n))
                fields.Error(JsonFieldReader.PathOf(levelPath, "level"), $"level {n} is given twice");
            else
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

        var items = fields.Items(ladder, ladderPath, "bands").ToList();
        if (items.Count == 0)
            fields.Error(JsonFieldReader.PathOf(ladderPath, "bands"), "a ladder needs at least one band");

        var bands = new List<LadderBand>();
        decimal? top = null;
        for (var i = 0; i < items.Count; i++)
        {
            var (band, bandPath) = items[i];
            if (!fields.IsObject(band, bandPath))
                continue;
            var from = fields.Number(band, bandPath, "from", required: true);
            var to = fields.Number(band, bandPath, "to");
            ExactlyOne(band, bandPath, "a band has", "rate", "fixed");
            var rate = Rate(band, bandPath, "rate");
            var fixedAmount = fields.Number(band, bandPath, "fixed");
            CheckBandOrder(items, i, from, to, bandPath);
            if (i == items.Count - 1 && from is { } last && to is { } end && LadderRules.IsTopAboveStart(last, end))
                top = to;
            bands.Add(new LadderBand(from ?? 0m, null, rate, rate is null ? fixedAmount ?? 0m : null));
        }

        var contiguous = bands.Select((b, i) => b with { To = i + 1 < bands.Count ? bands[i + 1].From : top }).ToList();
        var mode = fields.Choice(ladder, ladderPath, "mode", LadderMode.Marginal);
        if (bands.Count == items.Count && LadderRules.FirstFallingBand(mode, contiguous) is { } falling)
            fields.Error(items[falling].Path, "pays less at its start than the band below just under it (a WholeAmount ladder never pays less for more)");
        return new Ladder(mode, fields.Choice(ladder, ladderPath, "window", LadderWindow.PerOrder), contiguous);
    }

    private void CheckBandOrder(List<(JsonElement Item, string Path)> items, int i, decimal? from, decimal? to, string bandPath)
    {
        var fromPath = JsonFieldReader.PathOf(bandPath, "from");
        var toPath = JsonFieldReader.PathOf(bandPath, "to");
        if (i == 0 && from is { } first && first != 0m)
            fields.Error(fromPath, "the first band must start at 0");
        if (i > 0 && from is { } start && BandStart(items[i - 1].Item) is { } previous && start <= previous)
            fields.Error(fromPath, "bands must ascend");

        if (to is not { } end)
            return;
        if (i == items.Count - 1)
        {
            if (from is { } last && !LadderRules.IsTopAboveStart(last, end))
                fields.Error(toPath, $"the last band's 'to' caps the base and must be above its from {Money.FormatPlain(last)}");
        }
        else if (BandStart(items[i + 1].Item) is { } next && end != next)
            fields.Error(toPath, end < next
                ? $"gap: the band ends at {Money.FormatPlain(end)} but the next starts at {Money.FormatPlain(next)}"
                : $"overlap: the band ends at {Money.FormatPlain(end)} but the next starts at {Money.FormatPlain(next)}");
    }

    private static decimal? BandStart(JsonElement band) =>
        JsonFieldReader.Field(band, "from") is { ValueKind: JsonValueKind.Number } from && from.TryGetDecimal(out var value) ? value : null;

    private ProductRule? ReadProductRule(JsonElement rule, string path)
    {
        if (!fields.IsObject(rule, path))
            return null;
        ExactlyOne(rule, path, "a product rule names", "productId", "categoryId");
        ExactlyOne(rule, path, "a product rule pays", "rate", "fixedPerUnit");
        var productId = fields.Text(rule, path, "productId");
        references.Refer("product", productId, JsonFieldReader.PathOf(path, "productId"));
        return new ProductRule(productId, productId is null ? fields.Text(rule, path, "categoryId") : null,
            Rate(rule, path, "rate"), fields.Number(rule, path, "fixedPerUnit"));
    }

    /// <summary>Reads one product ladder (rules §3.2.6): a product or a category, and its ladder; null when it has errors.</summary>
    private ProductLadderRule? ReadProductLadder(JsonElement rule, string path)
    {
        if (!fields.IsObject(rule, path))
            return null;
        ExactlyOne(rule, path, "a product ladder names", "productId", "categoryId");
        var productId = fields.Text(rule, path, "productId");
        references.Refer("product", productId, JsonFieldReader.PathOf(path, "productId"));
        var categoryId = productId is null ? fields.Text(rule, path, "categoryId") : null;
        var ladder = ReadLadder(rule, path, requiredFor: "a product ladder");
        return (productId ?? categoryId) is null || ladder is null ? null : new ProductLadderRule(productId, categoryId, ladder);
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
        return new FirstOrderTerms(fields.Integer(terms, termsPath, "count", min: 1) ?? 1, Rate(terms, termsPath, "rate", required: true) ?? 0m);
    }

    private QuantityRule? ReadQuantityRule(JsonElement rule, string path)
    {
        if (!fields.IsObject(rule, path))
            return null;
        if (JsonFieldReader.Has(rule, "productId") && JsonFieldReader.Has(rule, "categoryId"))
            fields.Error(path, "a quantity rule names a product or a category, not both");
        ExactlyOne(rule, path, "a quantity rule pays", "perUnit", "perLine", "rate");

        var productId = fields.Text(rule, path, "productId");
        references.Refer("product", productId, JsonFieldReader.PathOf(path, "productId"));
        var minQty = fields.Integer(rule, path, "minQty", min: 0) ?? 1;
        var maxQty = fields.Integer(rule, path, "maxQty", min: 0);
        if (maxQty < minQty)
            fields.Error(JsonFieldReader.PathOf(path, "maxQty"), "must not be below minQty");
        return new QuantityRule(productId, productId is null ? fields.Text(rule, path, "categoryId") : null, minQty, maxQty,
            fields.Number(rule, path, "perUnit"), fields.Number(rule, path, "perLine"), Rate(rule, path, "rate"));
    }
}
