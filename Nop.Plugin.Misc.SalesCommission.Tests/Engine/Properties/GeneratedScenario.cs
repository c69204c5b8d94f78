using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Properties;

/// <summary>
/// A small random but valid scenario document: a staff hierarchy without cycles, clients with owners and splits,
/// groups, partners, products, one to four programs of every type (always one ladder of at least three bands),
/// orders with lines, discounts and tax, and refunds, voids and cancellations after payment.
/// Built from a seed, so a failing case is reproduced by its printed document.
/// </summary>
public sealed class GeneratedScenario
{
    private static readonly DateTime Start = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Random _random;

    private GeneratedScenario(int seed, int size)
    {
        _random = new Random(seed);
        Document = new JsonObject
        {
            ["settings"] = new JsonObject { ["stacking"] = Pick("HighestPriority", "All") },
            ["staff"] = Staff(),
            ["partners"] = new JsonArray(),
            ["clients"] = new JsonArray(),
            ["groups"] = new JsonArray(),
            ["products"] = Products(),
            ["programs"] = new JsonArray(),
            ["orders"] = new JsonArray(),
            ["events"] = new JsonArray()
        };
        Document["groups"] = Groups();
        Document["clients"] = Clients();
        Document["partners"] = Partners();
        Document["programs"] = Programs();
        Document["orders"] = Orders(1 + _random.Next(Math.Clamp(size / 10 + 1, 1, 6)));
        Document["events"] = Events();
    }

    /// <summary>The scenario document.</summary>
    public JsonObject Document { get; }

    /// <summary>The staff ids, in listed order.</summary>
    public IReadOnlyList<string> StaffIds => Document["staff"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();

    /// <summary>Random valid scenarios; larger sizes give more orders.</summary>
    public static Arbitrary<GeneratedScenario> Arbitrary() =>
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => new GeneratedScenario(seed, size))).ToArbitrary();

    /// <summary>A copy of the document.</summary>
    public JsonObject Copy() => (JsonObject)Document.DeepClone();

    /// <inheritdoc />
    public override string ToString() => Document.ToJsonString();

    private T Pick<T>(params T[] choices) => choices[_random.Next(choices.Length)];

    private bool Chance(int percent) => _random.Next(100) < percent;

    private decimal Cents(int min, int max) => _random.Next(min, max + 1) / 100m;

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new(items.ToArray());

    private IEnumerable<string> SomeOf(IReadOnlyList<string> ids) => ids.Where(_ => Chance(50));

    private JsonArray Staff()
    {
        var count = 1 + _random.Next(4);
        return Array(Enumerable.Range(1, count).Select(i => new JsonObject
        {
            ["id"] = $"s{i}",
            ["managerId"] = i > 1 && Chance(70) ? $"s{i - 1}" : null
        }));
    }

    private JsonArray Shares()
    {
        var staff = StaffIds;
        if (staff.Count < 2 || Chance(50))
            return Array([Share(Pick(staff.ToArray()), 100m)]);

        var first = _random.Next(staff.Count);
        var second = (first + 1 + _random.Next(staff.Count - 1)) % staff.Count;
        var split = Cents(1, 9999);
        return Array([Share(staff[first], split), Share(staff[second], 100m - split)]);
    }

    private static JsonObject Share(string staffId, decimal split) => new() { ["staffId"] = staffId, ["split"] = split };

    private static JsonArray Products() =>
        Array([
            new JsonObject { ["id"] = "P1", ["categories"] = Array(["A"]) },
            new JsonObject { ["id"] = "P2", ["categories"] = Array(["A", "B"]) },
            new JsonObject { ["id"] = "P3", ["categories"] = new JsonArray() }
        ]);

    private JsonArray Groups() =>
        Array([
            new JsonObject { ["id"] = "G1", ["staff"] = Chance(70) ? Shares() : new JsonArray() },
            new JsonObject { ["id"] = "G2", ["staff"] = Chance(50) ? Shares() : new JsonArray() }
        ]);

    private JsonArray Clients() =>
        Array(Enumerable.Range(1, 1 + _random.Next(3)).Select(i => new JsonObject
        {
            ["id"] = $"c{i}",
            ["groups"] = Array(SomeOf(["G1", "G2"]).Select(g => (JsonNode?)g)),
            ["owners"] = Chance(60) ? Shares() : null
        }));

    private IReadOnlyList<string> ClientIds => Document["clients"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();

    private JsonArray Partners() =>
        Array([
            new JsonObject { ["id"] = "acme", ["affiliateId"] = "aff1", ["clientIds"] = Array(SomeOf(ClientIds).Select(c => (JsonNode?)c)) },
            new JsonObject { ["id"] = "zeta", ["clientIds"] = Array(SomeOf(ClientIds).Select(c => (JsonNode?)c)) }
        ]);

    private JsonArray Programs()
    {
        var programs = Enumerable.Range(1, _random.Next(4)).Select(i => Program($"p{i}", Pick("PercentOfOrder", "Ladder", "PercentPerProduct", "FirstOrder", "PerQuantity"))).ToList();
        programs.Insert(_random.Next(programs.Count + 1), Program("ladder", "Ladder", minBands: 3));
        return Array(programs);
    }

    private JsonObject Program(string id, string type, int minBands = 1)
    {
        var program = new JsonObject
        {
            ["id"] = id,
            ["type"] = type,
            ["basis"] = Pick("NetSales", "NetSales", "OrderTotal", "Margin"),
            ["priority"] = _random.Next(3),
            ["scope"] = Pick<JsonNode?>(null, new JsonObject { ["groups"] = Array(["G1"]) }, new JsonObject { ["clients"] = Array([Pick(ClientIds.ToArray())]) }, new JsonObject { ["stores"] = Array(["1"]) }),
            ["beneficiaries"] = new JsonObject { ["allPartners"] = Chance(40) },
            ["hierarchy"] = Array(Enumerable.Range(1, _random.Next(3)).Select(level => new JsonObject
            {
                ["level"] = level, ["percent"] = Cents(0, 3000), ["base"] = Pick("OfCommission", "OfSales")
            }))
        };

        switch (type)
        {
            case "PercentOfOrder" when Chance(20):
                program["fixed"] = Cents(0, 5000);
                break;
            case "PercentOfOrder":
                program["rate"] = Cents(0, 2000);
                break;
            case "Ladder":
                var mode = Pick("Marginal", "WholeAmount");
                program["ladder"] = new JsonObject
                {
                    ["mode"] = mode,
                    ["window"] = Pick("PerOrder", "Month", "Quarter"),
                    ["bands"] = Bands(minBands + _random.Next(3), rising: mode == "WholeAmount")
                };
                break;
            case "PercentPerProduct":
                program["defaultRate"] = Cents(0, 500);
                program["productRules"] = Array([
                    new JsonObject { ["categoryId"] = "A", ["rate"] = Cents(0, 2000) },
                    Chance(50)
                        ? new JsonObject { ["productId"] = "P2", ["rate"] = Cents(0, 2000) }
                        : new JsonObject { ["productId"] = "P2", ["fixedPerUnit"] = Cents(0, 300) }
                ]);
                break;
            case "FirstOrder":
                program["rate"] = Cents(0, 500);
                program["firstOrder"] = new JsonObject { ["count"] = 1 + _random.Next(2), ["rate"] = Cents(0, 2000) };
                break;
            default:
                program["quantityRules"] = Array([
                    new JsonObject { ["minQty"] = 1, ["maxQty"] = 9, ["perUnit"] = Cents(0, 200) },
                    new JsonObject { ["minQty"] = 10, ["perLine"] = Cents(0, 3000) },
                    new JsonObject { ["categoryId"] = "B", ["minQty"] = 1, ["rate"] = Cents(0, 1000) }
                ]);
                break;
        }

        return program;
    }

    /// <summary>Contiguous bands from 0; a whole-amount ladder's bands never pay less for more (rules §9.14).</summary>
    private JsonArray Bands(int count, bool rising)
    {
        var from = 0m;
        var bands = new JsonArray();
        decimal? previousRate = null, previousFixed = null;
        for (var i = 0; i < count; i++)
        {
            var band = new JsonObject { ["from"] = from };
            var floor = !rising ? 0m : previousRate is { } r ? from * r / 100m : previousFixed ?? 0m;
            var floorRate = from == 0m ? 0m : Math.Ceiling(floor * 10000m / from) / 100m;
            if (Chance(80) && floorRate <= 90m)
            {
                previousRate = Math.Min(100m, floorRate + Cents(0, 1000));
                previousFixed = null;
                band["rate"] = previousRate;
            }
            else
            {
                previousFixed = Math.Ceiling(floor * 100m) / 100m + Cents(0, 10000);
                previousRate = null;
                band["fixed"] = previousFixed;
            }
            bands.Add(band);
            from += Cents(1, 500000);
        }

        return bands;
    }

    private JsonArray Orders(int count) =>
        Array(Enumerable.Range(0, count).Select(i =>
        {
            var lines = Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => new JsonObject
            {
                ["productId"] = Pick("P1", "P2", "P3"),
                ["quantity"] = 1 + _random.Next(20),
                ["priceExclTax"] = Cents(0, 300000),
                ["unitCost"] = Cents(0, 10000)
            }).ToList();
            var subtotal = lines.Sum(l => l["priceExclTax"]!.GetValue<decimal>());
            var subtotalDiscount = Chance(30) ? Math.Round(subtotal * _random.Next(0, 20) / 100m, 2) : 0m;
            var orderDiscount = Chance(30) ? Cents(0, 5000) : 0m;
            var netSales = Math.Max(0m, subtotal - subtotalDiscount - orderDiscount);
            return new JsonObject
            {
                ["id"] = Chance(50) ? $"{1000 + i}" : $"o{i}",
                ["clientId"] = Pick(ClientIds.ToArray()),
                ["storeId"] = Pick("1", "2"),
                ["affiliateId"] = Pick<string?>(null, "aff1", "aff9"),
                ["paidAt"] = Chance(90) ? Start.AddDays(_random.Next(75)).AddHours(_random.Next(24)).ToString("O", CultureInfo.InvariantCulture) : null,
                ["sellers"] = Chance(25) ? Shares() : null,
                ["subtotalExclTax"] = subtotal,
                ["subtotalDiscountExclTax"] = subtotalDiscount,
                ["orderDiscount"] = orderDiscount,
                ["total"] = netSales + Math.Round(netSales * _random.Next(0, 25) / 100m, 2) + Cents(0, 2000),
                ["items"] = Array(lines)
            };
        }));

    private JsonArray Events()
    {
        var events = new JsonArray();
        foreach (var order in Document["orders"]!.AsArray())
        {
            var id = order!["id"]!.GetValue<string>();
            var paidAt = order["paidAt"] is { } paid ? DateTime.Parse(paid.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal) : Start;
            var total = order["total"]!.GetValue<decimal>();
            for (var i = _random.Next(3); i > 0; i--)
                events.Add(new JsonObject
                {
                    ["type"] = "refund", ["orderId"] = id, ["at"] = At(paidAt),
                    ["amount"] = Math.Round(total * _random.Next(0, 60) / 100m, 2)
                });
            if (Chance(20))
                events.Add(new JsonObject { ["type"] = Pick("void", "cancel"), ["orderId"] = id, ["at"] = At(paidAt) });
        }

        return events;
    }

    private string At(DateTime after) => after.AddDays(1 + _random.Next(40)).ToString("O", CultureInfo.InvariantCulture);
}
