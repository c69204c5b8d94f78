using System.Text.Json.Nodes;
using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

/// <summary>
/// Builds a scenario document (rules §8) from defaults, so a test states only what matters: staff member
/// "ann", client "c1" owned by ann, product "P1", and — unless the test adds its own — one order "1042"
/// of c1 in store 1, paid 2026-03-02 10:00 UTC, net sales 500, total 540. Fragments are JSON text as
/// written on the rules page; an element with the id of an existing one replaces it.
/// </summary>
public sealed class ScenarioBuilder
{
    /// <summary>When the default order is paid.</summary>
    public const string DefaultPaidAt = "2026-03-02T10:00:00Z";

    private readonly JsonObject _settings = new();
    private readonly List<JsonObject> _staff = [];
    private readonly List<JsonObject> _partners = [];
    private readonly List<JsonObject> _clients = [];
    private readonly List<JsonObject> _groups = [];
    private readonly List<JsonObject> _products = [];
    private readonly List<JsonObject> _programs = [];
    private readonly List<JsonObject> _orders = [];
    private readonly List<JsonObject> _events = [];
    private readonly List<JsonObject> _targets = [];
    private readonly List<JsonObject> _categories = [];
    private readonly List<Action<JsonObject>> _edits = [];

    private ScenarioBuilder()
    {
    }

    /// <summary>A scenario with the default staff member, client, product and (if none is added) order.</summary>
    public static ScenarioBuilder Default() =>
        new ScenarioBuilder()
            .Staff("""{ "id": "ann" }""")
            .Client("""{ "id": "c1", "owners": [ { "staffId": "ann", "split": 100 } ] }""")
            .Product("""{ "id": "P1" }""");

    /// <summary>Sets the stacking policy.</summary>
    public ScenarioBuilder Stacking(string stacking)
    {
        _settings["stacking"] = stacking;
        return this;
    }

    /// <summary>Sets whether gift card lines earn (setting <c>giftCardsEarn</c>).</summary>
    public ScenarioBuilder GiftCardsEarn(bool earn)
    {
        _settings["giftCardsEarn"] = earn;
        return this;
    }

    /// <summary>Adds (or replaces) a category of the tree; the document carries "categories" only when one is added.</summary>
    public ScenarioBuilder Category(string json) => Put(_categories, json);

    /// <summary>Adds (or replaces) a staff member.</summary>
    public ScenarioBuilder Staff(string json) => Put(_staff, json);

    /// <summary>Adds (or replaces) a partner.</summary>
    public ScenarioBuilder Partner(string json) => Put(_partners, json);

    /// <summary>Adds (or replaces) a client.</summary>
    public ScenarioBuilder Client(string json) => Put(_clients, json);

    /// <summary>Adds (or replaces) a client group; groups keep their listed order (crediting priority).</summary>
    public ScenarioBuilder Group(string json) => Put(_groups, json);

    /// <summary>Adds (or replaces) a product.</summary>
    public ScenarioBuilder Product(string json) => Put(_products, json);

    /// <summary>Adds (or replaces) a program; programs keep their listed order (creation order).</summary>
    public ScenarioBuilder Program(string json) => Put(_programs, json);

    /// <summary>
    /// Adds (or replaces) an order; missing fields take the defaults. Without "items", the order has one line
    /// of P1 worth its subtotal.
    /// </summary>
    public ScenarioBuilder Order(string json = "{}")
    {
        var order = Parse(json);
        var defaults = new JsonObject
        {
            ["id"] = "1042",
            ["clientId"] = "c1",
            ["storeId"] = "1",
            ["paidAt"] = DefaultPaidAt,
            ["subtotalExclTax"] = 500m,
            ["subtotalDiscountExclTax"] = 0m,
            ["orderDiscount"] = 0m,
            ["total"] = 540m
        };
        foreach (var (name, value) in defaults)
        {
            if (!order.ContainsKey(name))
                order[name] = value?.DeepClone();
        }

        if (!order.ContainsKey("items"))
            order["items"] = new JsonArray(new JsonObject
            {
                ["productId"] = "P1",
                ["quantity"] = 1,
                ["priceExclTax"] = order["subtotalExclTax"]?.DeepClone(),
                ["unitCost"] = 0m
            });
        return Put(_orders, order);
    }

    /// <summary>Adds a target (quota), in listed order.</summary>
    public ScenarioBuilder Target(string json)
    {
        _targets.Add(Parse(json));
        return this;
    }

    /// <summary>Adds an event, in listed order.</summary>
    public ScenarioBuilder Event(string json)
    {
        _events.Add(Parse(json));
        return this;
    }

    /// <summary>Adds a refund of <paramref name="amount"/> of an order.</summary>
    public ScenarioBuilder Refund(string orderId, string at, decimal amount) =>
        Event(new JsonObject { ["type"] = "refund", ["orderId"] = orderId, ["at"] = at, ["amount"] = amount }.ToJsonString());

    /// <summary>Adds a void, cancel or paid (redelivery) event.</summary>
    public ScenarioBuilder Event(string type, string orderId, string at) =>
        Event(new JsonObject { ["type"] = type, ["orderId"] = orderId, ["at"] = at }.ToJsonString());

    /// <summary>Edits the finished document, for shapes the other methods cannot make (e.g. a duplicate id).</summary>
    public ScenarioBuilder Edit(Action<JsonObject> edit)
    {
        _edits.Add(edit);
        return this;
    }

    /// <summary>The scenario document.</summary>
    public JsonObject ToJsonObject()
    {
        var orders = _orders.Count > 0 ? _orders : new ScenarioBuilder().Order()._orders;
        var document = new JsonObject
        {
            ["settings"] = _settings.DeepClone(),
            ["staff"] = Array(_staff),
            ["partners"] = Array(_partners),
            ["clients"] = Array(_clients),
            ["groups"] = Array(_groups),
            ["products"] = Array(_products),
            ["programs"] = Array(_programs),
            ["orders"] = Array(orders),
            ["events"] = Array(_events),
            ["targets"] = Array(_targets)
        };
        if (_categories.Count > 0)
            document["categories"] = Array(_categories);
        _edits.ForEach(edit => edit(document));
        return document;
    }

    /// <summary>The scenario document as text.</summary>
    public string ToJson() => ToJsonObject().ToJsonString();

    /// <summary>Reads the scenario document.</summary>
    public ScenarioReadResult Read() => ScenarioReader.Read(ToJson());

    /// <summary>The validation errors of the scenario, as "path: message".</summary>
    public IReadOnlyList<string> Errors() => Read().Errors.Select(e => e.ToString()).ToList();

    /// <summary>Reads and runs the scenario; a scenario with errors fails the test that runs it.</summary>
    public ScenarioResult Run() => RunDocument(ToJson());

    /// <summary>Reads and runs a scenario document; a document with errors fails the test that runs it.</summary>
    public static ScenarioResult RunDocument(string json)
    {
        var read = ScenarioReader.Read(json);
        if (read.Scenario is null)
            throw new InvalidOperationException("The scenario is not valid:\n" + string.Join("\n", read.Errors));
        return ScenarioRunner.Run(read.Scenario);
    }

    private static JsonArray Array(IEnumerable<JsonObject> items) => new(items.Select(i => i.DeepClone()).ToArray());

    private ScenarioBuilder Put(List<JsonObject> list, string json) => Put(list, Parse(json));

    private ScenarioBuilder Put(List<JsonObject> list, JsonObject item)
    {
        var id = item["id"]?.ToString();
        var existing = id is null ? -1 : list.FindIndex(i => i["id"]?.ToString() == id);
        if (existing >= 0)
            list[existing] = item;
        else
            list.Add(item);
        return this;
    }

    private static JsonObject Parse(string json) =>
        JsonNode.Parse(json) as JsonObject ?? throw new ArgumentException($"Not a JSON object: {json}", nameof(json));
}
