using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

/// <summary>
/// A derivation as compact JSON: an object with its <c>kind</c> and one property per value (numbers as numbers, texts and
/// ids as strings, nested derivations as objects, lists as arrays; an absent optional part is left out).
/// Reads back what it writes.
/// </summary>
public static class DerivationJson
{
    private const string KindProperty = "kind";

    /// <summary>The derivation as a JSON object.</summary>
    public static JsonObject ToJson(Derivation derivation)
    {
        var json = new JsonObject { [KindProperty] = derivation.Kind };
        foreach (var value in derivation.Values)
        {
            if (value.Reference is null && value.Field.Kind is DerivationValueKind.Node)
                continue;

            json[value.Field.Name] = value.Field.Kind switch
            {
                DerivationValueKind.Node => ToJson(value.Node!),
                DerivationValueKind.List => new JsonArray(value.Items.Select(item => (JsonNode)ToJson(item)).ToArray()),
                DerivationValueKind.Exact or DerivationValueKind.Amount or DerivationValueKind.Result or DerivationValueKind.Percent
                    or DerivationValueKind.Number => JsonValue.Create(value.Number),
                _ => JsonValue.Create(value.Text)
            };
        }

        return json;
    }

    /// <summary>The derivation as a one-line JSON text (the plugin's column).</summary>
    public static string Write(Derivation derivation) => ToJson(derivation).ToJsonString();

    /// <summary>Reads a derivation written by <see cref="Write"/>; null for an empty, malformed or unknown text.</summary>
    public static Derivation? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;

        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    private static Derivation? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(KindProperty, out var kind) || kind.GetString() is not { } kindName)
            return null;

        var values = new List<DerivationValue>();
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == KindProperty || !DerivationField.ByName.TryGetValue(property.Name, out var field))
                continue;

            var json = property.Value;
            values.Add(field.Kind switch
            {
                DerivationValueKind.Node => DerivationValue.Of(field, json.ValueKind == JsonValueKind.Null ? null : Read(json)),
                DerivationValueKind.List => DerivationValue.Of(field,
                    json.EnumerateArray().Select(Read).OfType<Derivation>().ToList()),
                DerivationValueKind.Exact or DerivationValueKind.Amount or DerivationValueKind.Result or DerivationValueKind.Percent
                    or DerivationValueKind.Number => DerivationValue.Of(field, json.GetDecimal()),
                _ => DerivationValue.Of(field, json.GetString() ?? string.Empty)
            });
        }

        return new Derivation(kindName, values.ToArray());
    }
}
