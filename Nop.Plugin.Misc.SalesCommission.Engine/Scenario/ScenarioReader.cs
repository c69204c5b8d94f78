using System.Globalization;
using System.Text.Json;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>
/// Reads a scenario document (rules §8) and validates all of it: every problem is reported with the path
/// of its field, and a scenario with any problem is not returned.
/// </summary>
public sealed class ScenarioReader
{
    private readonly List<ScenarioError> _errors = [];
    private readonly List<(ScenarioEvent Event, string Path)> _eventPaths = [];
    private readonly JsonFieldReader _fields;
    private readonly ScenarioReferences _references;
    private readonly List<(string Owner, TargetPeriod Period, string Path)> _targetPeriods = [];

    private ScenarioReader()
    {
        _fields = new JsonFieldReader(_errors);
        _references = new ScenarioReferences(_fields);
    }

    /// <summary>Reads and validates a scenario document.</summary>
    public static ScenarioReadResult Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return new ScenarioReadResult(null, [new ScenarioError("$", $"not valid JSON: {e.Message}")]);
        }

        using (document)
            return new ScenarioReader().ReadDocument(document.RootElement);
    }

    private ScenarioReadResult ReadDocument(JsonElement root)
    {
        if (!_fields.IsObject(root, "$"))
            return new ScenarioReadResult(null, _errors);

        var stacking = StackingPolicy.HighestPriority;
        var giftCardsEarn = false;
        if (JsonFieldReader.Field(root, "settings") is { } settings && _fields.IsObject(settings, "settings"))
        {
            stacking = _fields.Choice(settings, "settings", "stacking", StackingPolicy.HighestPriority);
            giftCardsEarn = _fields.Flag(settings, "settings", "giftCardsEarn", false);
        }

        var categories = ReadAll(root, "categories", ReadCategory);

        var staff = ReadAll(root, "staff", ReadStaffMember);
        var partners = ReadAll(root, "partners", ReadPartner);
        var clients = ReadAll(root, "clients", ReadClient);
        var groups = ReadAll(root, "groups", ReadGroup);
        var products = ReadAll(root, "products", ReadProduct);
        var programReader = new ProgramReader(_fields, _references);
        var programs = ReadAll(root, "programs", programReader.Read);
        var orders = ReadAll(root, "orders", ReadOrder);
        var events = ReadAll(root, "events", ReadEvent);
        var targets = ReadAll(root, "targets", ReadTarget);

        _references.Check();
        CheckManagerCycles(root, staff);
        CheckEventTimes(orders);
        CheckCategoryCycles(categories);
        if (_errors.Count > 0)
            return new ScenarioReadResult(null, _errors);

        var setup = new CommissionSetup(stacking, staff, partners, clients, groups, products, programs, targets,
            categories.Select(c => c.Category), giftCardsEarn);
        return new ScenarioReadResult(new CommissionScenario(setup, orders, events), _errors);
    }

    private List<T> ReadAll<T>(JsonElement root, string name, Func<JsonElement, string, T?> read) where T : class =>
        _fields.Items(root, string.Empty, name).Select(i => read(i.Item, i.Path)).OfType<T>().ToList();

    private string? DeclareId(JsonElement item, string path, string kind)
    {
        var id = _fields.Text(item, path, "id", required: true);
        _references.Declare(kind, id, JsonFieldReader.PathOf(path, "id"));
        if (id is not null && kind == "partner" && _references.IsDeclared("staff", id))
            _fields.Error(JsonFieldReader.PathOf(path, "id"), $"'{id}' is already a staff id");
        return id;
    }

    private StaffMember? ReadStaffMember(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path))
            return null;
        var id = DeclareId(item, path, "staff");
        var managerId = _fields.Text(item, path, "managerId");
        _references.Refer("staff", managerId, JsonFieldReader.PathOf(path, "managerId"));
        return id is null ? null : new StaffMember(id, managerId);
    }

    private Partner? ReadPartner(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path))
            return null;
        var id = DeclareId(item, path, "partner");
        // A partner's linked clients need not appear in the scenario (rules §8's own example links "c9"):
        // a link to a client without orders simply credits nothing.
        var clientIds = _fields.Strings(item, path, "clientIds");
        return id is null ? null : new Partner(id, _fields.Text(item, path, "affiliateId"), clientIds.Select(c => c.Value).ToList());
    }

    private Client? ReadClient(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path))
            return null;
        var id = DeclareId(item, path, "client");
        var groups = _fields.Strings(item, path, "groups");
        groups.ForEach(g => _references.Refer("group", g.Value, g.Path));
        var owners = ReadShares(item, path, "owners") ?? [];
        return id is null ? null : new Client(id, groups.Select(g => g.Value).ToList(), owners);
    }

    private ClientGroup? ReadGroup(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path))
            return null;
        var id = DeclareId(item, path, "group");
        var staff = ReadShares(item, path, "staff") ?? [];
        return id is null ? null : new ClientGroup(id, staff);
    }

    private Product? ReadProduct(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path))
            return null;
        var id = DeclareId(item, path, "product");
        var categories = _fields.Strings(item, path, "categories").Select(c => c.Value).ToList();
        return id is null ? null : new Product(id, categories, _fields.Flag(item, path, "giftCard", false));
    }

    /// <summary>Reads a category of the tree (rules §3.2.3); its parent must be a listed category.</summary>
    private ListedCategory? ReadCategory(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path))
            return null;
        var id = DeclareId(item, path, "category");
        var parentId = _fields.Text(item, path, "parentId");
        _references.Refer("category", parentId, JsonFieldReader.PathOf(path, "parentId"));
        return id is null ? null : new ListedCategory(new Category(id, parentId), path);
    }

    /// <summary>Reports each category cycle once, at the parentId of its first listed member.</summary>
    private void CheckCategoryCycles(List<ListedCategory> categories)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (category, _) in categories)
        {
            if (category.ParentId is { } parentId)
                parents.TryAdd(category.Id, parentId);
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (category, path) in categories)
        {
            var chain = new List<string> { category.Id };
            var current = category.Id;
            while (parents.TryGetValue(current, out var parentId) && !chain.Contains(parentId))
            {
                chain.Add(parentId);
                current = parentId;
            }

            if (parents.TryGetValue(current, out var last) && last == category.Id && chain.All(reported.Add))
                _fields.Error(JsonFieldReader.PathOf(path, "parentId"), $"category cycle {string.Join(" → ", chain)} → {category.Id}");
        }
    }

    /// <summary>
    /// Reads staff shares; null when the field is absent or null. The split rules (each above 0, nobody twice, 100 in
    /// all) are <see cref="SellerSplitCheck"/>'s, as in the admin's assignment forms.
    /// </summary>
    private List<StaffShare>? ReadShares(JsonElement item, string path, string name)
    {
        if (!JsonFieldReader.Has(item, name))
            return null;

        var shares = new List<StaffShare>();
        var sharePaths = new List<string>();
        foreach (var (share, sharePath) in _fields.Items(item, path, name))
        {
            if (!_fields.IsObject(share, sharePath))
                continue;
            var staffId = _fields.Text(share, sharePath, "staffId", required: true);
            var split = _fields.Number(share, sharePath, "split", required: true, max: 100m);
            _references.Refer("staff", staffId, JsonFieldReader.PathOf(sharePath, "staffId"));
            if (staffId is not null && split is { } s)
            {
                shares.Add(new StaffShare(staffId, s));
                sharePaths.Add(sharePath);
            }
        }

        foreach (var problem in SellerSplitCheck.Check(shares.Select(s => new SellerSplit(s.StaffId, s.Split)).ToList(), null))
        {
            if (problem.Index is not { } index)
                _fields.Error(JsonFieldReader.PathOf(path, name), $"splits add up to {Money.FormatPlain(shares.Sum(s => s.Split))}, not 100");
            else if (problem.Issue == SellerSplitIssue.DuplicateSeller)
                _fields.Error(JsonFieldReader.PathOf(sharePaths[index], "staffId"), $"'{shares[index].StaffId}' is named twice");
            else if (problem.Issue == SellerSplitIssue.NoStaffChosen)
                continue; //the staff reference check above already reports the empty id
            else
                _fields.Error(JsonFieldReader.PathOf(sharePaths[index], "split"), "must be above 0");
        }

        return shares;
    }

    private OrderSnapshot? ReadOrder(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path))
            return null;
        var id = DeclareId(item, path, "order");
        var clientId = _fields.Text(item, path, "clientId", required: true);
        _references.Refer("client", clientId, JsonFieldReader.PathOf(path, "clientId"));

        var lines = new List<OrderLine>();
        foreach (var (line, linePath) in _fields.Items(item, path, "items"))
        {
            if (!_fields.IsObject(line, linePath))
                continue;
            var productId = _fields.Text(line, linePath, "productId", required: true);
            _references.Refer("product", productId, JsonFieldReader.PathOf(linePath, "productId"));
            var quantity = _fields.Integer(line, linePath, "quantity", required: true, min: 0);
            var price = _fields.Number(line, linePath, "priceExclTax", required: true);
            var cost = _fields.Number(line, linePath, "unitCost") ?? 0m;
            if (productId is not null && quantity is { } q && price is { } p)
                lines.Add(new OrderLine(productId, q, p, cost));
        }

        var order = new OrderSnapshot(
            id ?? string.Empty,
            clientId ?? string.Empty,
            _fields.Text(item, path, "storeId"),
            _fields.Text(item, path, "affiliateId"),
            _fields.Timestamp(item, path, "paidAt"),
            ReadShares(item, path, "sellers"),
            _fields.Number(item, path, "subtotalExclTax", required: true) ?? 0m,
            _fields.Number(item, path, "subtotalDiscountExclTax") ?? 0m,
            _fields.Number(item, path, "orderDiscount") ?? 0m,
            _fields.Number(item, path, "total", required: true) ?? 0m,
            lines);
        return order;
    }

    private ScenarioEvent? ReadEvent(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path))
            return null;
        if (!JsonFieldReader.Has(item, "type"))
            _fields.Error(JsonFieldReader.PathOf(path, "type"), "is required");
        var type = _fields.Choice(item, path, "type", ScenarioEventType.Paid);
        var orderId = _fields.Text(item, path, "orderId", required: true);
        _references.Refer("order", orderId, JsonFieldReader.PathOf(path, "orderId"));
        var at = _fields.Timestamp(item, path, "at", required: true);
        var amount = _fields.Number(item, path, "amount", required: type == ScenarioEventType.Refund) ?? 0m;
        if (orderId is null || at is null)
            return null;

        var scenarioEvent = new ScenarioEvent(type, orderId, at.Value, amount, JsonFieldReader.IsDateOnly(item, "at"));
        _eventPaths.Add((scenarioEvent, path));
        return scenarioEvent;
    }

    /// <summary>
    /// Rules §9.11: an event dated before its order's payment, or an explicit payment of an order that has no paidAt,
    /// cannot have happened.
    /// </summary>
    private void CheckEventTimes(List<OrderSnapshot> orders)
    {
        var paidAt = orders.GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First().PaidAtUtc, StringComparer.Ordinal);
        foreach (var (scenarioEvent, path) in _eventPaths)
        {
            if (!paidAt.TryGetValue(scenarioEvent.OrderId, out var paid))
                continue;
            if (paid is null && scenarioEvent.Type == ScenarioEventType.Paid)
                _fields.Error(JsonFieldReader.PathOf(path, "type"), $"order '{scenarioEvent.OrderId}' has no paidAt, so it is never paid");
            else if (paid is { } payment && scenarioEvent.IsBefore(payment))
                _fields.Error(JsonFieldReader.PathOf(path, "at"), $"is before order '{scenarioEvent.OrderId}' was paid");
        }
    }

    /// <summary>
    /// Reads a target (rules §7): a staff member's or a client group's team quota of credited NetSales. The target's rule
    /// is <see cref="TargetCheck"/>'s; an overlap is reported on the later of two targets of one owner.
    /// </summary>
    private SalesTarget? ReadTarget(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path))
            return null;
        var id = _fields.Text(item, path, "id") ?? path;
        var staffId = _fields.Text(item, path, "staffId");
        var groupId = _fields.Text(item, path, "groupId");
        _references.Refer("staff", staffId, JsonFieldReader.PathOf(path, "staffId"));
        _references.Refer("group", groupId, JsonFieldReader.PathOf(path, "groupId"));

        if (!JsonFieldReader.Has(item, "window"))
            _fields.Error(JsonFieldReader.PathOf(path, "window"), "is required");
        var errors = _errors.Count;
        var window = _fields.Choice(item, path, "window", LadderWindow.Month);
        LadderWindow? givenWindow = JsonFieldReader.Has(item, "window") && _errors.Count == errors ? window : null;
        if (!JsonFieldReader.Has(item, "startDate"))
            _fields.Error(JsonFieldReader.PathOf(path, "startDate"), "is required");
        var startDate = _fields.Date(item, path, "startDate");
        var amount = _fields.Number(item, path, "amount", required: true, min: decimal.MinValue);

        var owner = staffId is not null ? $"staff '{staffId}'" : groupId is not null ? $"group '{groupId}'" : null;
        var earlier = owner is null ? [] : _targetPeriods.Where(t => t.Owner == owner).ToList();
        var issues = TargetCheck.Check(staffId is not null, groupId is not null, givenWindow, startDate, amount, earlier.Select(t => t.Period));
        foreach (var issue in issues)
            ReportTargetIssue(issue, path, givenWindow, startDate, owner, earlier);

        if (owner is not null && givenWindow is LadderWindow.Month or LadderWindow.Quarter or LadderWindow.Year && startDate is { } start)
            _targetPeriods.Add((owner, new TargetPeriod(givenWindow.Value, start), path));
        if (issues.Count > 0 || givenWindow is not { } periodWindow || startDate is not { } periodStart || amount is not { } target)
            return null;
        return staffId is not null
            ? SalesTarget.ForStaff(id, staffId, periodWindow, periodStart, target)
            : SalesTarget.ForGroup(id, groupId!, periodWindow, periodStart, target);
    }

    private void ReportTargetIssue(
        TargetIssue issue, string path, LadderWindow? window, DateOnly? startDate, string? owner, List<(string Owner, TargetPeriod Period, string Path)> earlier)
    {
        switch (issue)
        {
            case TargetIssue.NotExactlyOneOwner:
                _fields.Error(path, "a target names one of staffId, groupId");
                break;
            case TargetIssue.PeriodNotCalendar:
                _fields.Error(JsonFieldReader.PathOf(path, "window"), "must be Month, Quarter or Year");
                break;
            case TargetIssue.StartNotFirstDayOfPeriod:
                var first = CommissionPeriod.StartOf(window!.Value, startDate!.Value.ToDateTime(TimeOnly.MinValue))!.Value;
                _fields.Error(JsonFieldReader.PathOf(path, "startDate"),
                    $"must be the first day of its {window} ({Day(first)}, not {Day(startDate.Value)})");
                break;
            case TargetIssue.AmountNotPositive:
                _fields.Error(JsonFieldReader.PathOf(path, "amount"), "must be above 0");
                break;
            case TargetIssue.OverlapsAnotherTarget:
                var period = new TargetPeriod(window!.Value, startDate!.Value);
                var other = earlier.First(t => t.Period.Overlaps(period));
                _fields.Error(JsonFieldReader.PathOf(path, "startDate"),
                    $"the {window} from {Day(period.StartDate)} overlaps {other.Path} of {owner}");
                break;
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A manager cycle is reported once, at its first member's managerId; the rule is <see cref="ManagerCheck"/>'s.</summary>
    private void CheckManagerCycles(JsonElement root, List<StaffMember> staff)
    {
        var hierarchy = staff.DistinctBy(s => s.Id).ToList();
        var managers = hierarchy.ToDictionary(s => s.Id, s => s.ManagerId, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in hierarchy)
        {
            if (reported.Contains(member.Id) ||
                ManagerCheck.Check(hierarchy, member.Id, member.ManagerId) is not (ManagerIssue.Cycle or ManagerIssue.Self))
                continue;

            var chain = new List<string> { member.Id };
            for (var current = member.ManagerId!; current != member.Id; current = managers[current]!)
                chain.Add(current);
            reported.UnionWith(chain);
            _fields.Error($"staff[{IndexOf(root, member.Id)}].managerId", $"manager cycle {string.Join(" → ", chain)} → {member.Id}");
        }
    }

    private static int IndexOf(JsonElement root, string staffId) =>
        JsonFieldReader.Field(root, "staff") is { ValueKind: JsonValueKind.Array } staff
            ? staff.EnumerateArray().TakeWhile(s => JsonFieldReader.Field(s, "id")?.ToString() != staffId).Count()
            : 0;
}
