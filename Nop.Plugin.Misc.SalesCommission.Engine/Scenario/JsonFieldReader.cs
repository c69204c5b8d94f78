using System.Globalization;
using System.Text.Json;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>
/// Reads typed fields from JSON objects and records one error per bad field, naming its path.
/// A missing or null optional field gives its default.
/// </summary>
internal sealed class JsonFieldReader(List<ScenarioError> errors)
{
    /// <summary>How many errors are recorded so far.</summary>
    public int ErrorCount => errors.Count;

    /// <summary>Records an error.</summary>
    public void Error(string path, string message) => errors.Add(new ScenarioError(path, message));

    /// <summary>The path of a field of an object at <paramref name="path"/>.</summary>
    public static string PathOf(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>True when the element is an object; records an error otherwise.</summary>
    public bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
            return true;
        Error(path, "must be an object");
        return false;
    }

    /// <summary>The field, or null when it is absent or null.</summary>
    public static JsonElement? Field(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>True when the field is present and not null.</summary>
    public static bool Has(JsonElement obj, string name) => Field(obj, name) is not null;

    /// <summary>A non-empty string field.</summary>
    public string? Text(JsonElement obj, string path, string name, bool required = false)
    {
        var fieldPath = PathOf(path, name);
        switch (Field(obj, name))
        {
            case null:
                if (required)
                    Error(fieldPath, "is required");
                return null;
            case { ValueKind: JsonValueKind.String } value when value.GetString() is { Length: > 0 } text:
                return text;
            default:
                Error(fieldPath, "must be a non-empty string");
                return null;
        }
    }

    /// <summary>A number field within [min, max].</summary>
    public decimal? Number(JsonElement obj, string path, string name, bool required = false, decimal min = 0m, decimal? max = null)
    {
        var fieldPath = PathOf(path, name);
        switch (Field(obj, name))
        {
            case null:
                if (required)
                    Error(fieldPath, "is required");
                return null;
            case { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var number):
                if (number < min)
                {
                    Error(fieldPath, min == 0m ? "must not be negative" : $"must be at least {Money.FormatPlain(min)}");
                    return null;
                }

                if (max is { } upper && number > upper)
                {
                    Error(fieldPath, $"must be at most {Money.FormatPlain(upper)}");
                    return null;
                }

                return number;
            default:
                Error(fieldPath, "must be a number");
                return null;
        }
    }

    /// <summary>A whole-number field within [min, max].</summary>
    public int? Integer(JsonElement obj, string path, string name, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var fieldPath = PathOf(path, name);
        switch (Field(obj, name))
        {
            case null:
                if (required)
                    Error(fieldPath, "is required");
                return null;
            case { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var number) && number == decimal.Truncate(number)
                                                                && number >= min && number <= max:
                return (int)number;
            case { ValueKind: JsonValueKind.Number }:
                Error(fieldPath, min == int.MinValue ? "must be a whole number" : $"must be a whole number from {min} to {(max == int.MaxValue ? "∞" : max)}");
                return null;
            default:
                Error(fieldPath, "must be a whole number");
                return null;
        }
    }

    /// <summary>A boolean field.</summary>
    public bool Flag(JsonElement obj, string path, string name, bool defaultValue)
    {
        switch (Field(obj, name))
        {
            case null:
                return defaultValue;
            case { ValueKind: JsonValueKind.True }:
                return true;
            case { ValueKind: JsonValueKind.False }:
                return false;
            default:
                Error(PathOf(path, name), "must be true or false");
                return defaultValue;
        }
    }

    /// <summary>An ISO-8601 date or date-time field, as UTC (a value without offset is UTC).</summary>
    public DateTime? Timestamp(JsonElement obj, string path, string name, bool required = false)
    {
        var fieldPath = PathOf(path, name);
        var text = Text(obj, path, name, required);
        if (text is null)
            return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            return value.UtcDateTime;
        Error(fieldPath, $"'{text}' is not an ISO-8601 date");
        return null;
    }

    /// <summary>True when a field holds a date without a time of day ("2026-03-09").</summary>
    public static bool IsDateOnly(JsonElement obj, string name) =>
        Field(obj, name) is { ValueKind: JsonValueKind.String } value &&
        DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>A date field (the UTC date of a date-time).</summary>
    public DateOnly? Date(JsonElement obj, string path, string name) =>
        Timestamp(obj, path, name) is { } value ? DateOnly.FromDateTime(value) : null;

    /// <summary>An enum field given by name (any case).</summary>
    public T Choice<T>(JsonElement obj, string path, string name, T defaultValue) where T : struct, Enum
    {
        var text = Text(obj, path, name);
        if (text is null)
            return defaultValue;
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(text[0]))
            return value;
        Error(PathOf(path, name), $"must be one of {string.Join(", ", Enum.GetNames<T>())}");
        return defaultValue;
    }

    /// <summary>The items of an array field with their paths; an absent or null field has none.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Items(JsonElement obj, string path, string name)
    {
        var fieldPath = PathOf(path, name);
        switch (Field(obj, name))
        {
            case null:
                return [];
            case { ValueKind: JsonValueKind.Array } array:
                return array.EnumerateArray().Select((item, i) => (item, $"{fieldPath}[{i}]")).ToList();
            default:
                Error(fieldPath, "must be an array");
                return [];
        }
    }

    /// <summary>The strings of an array field.</summary>
    public List<(string Value, string Path)> Strings(JsonElement obj, string path, string name)
    {
        var result = new List<(string, string)>();
        foreach (var (item, itemPath) in Items(obj, path, name))
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
                result.Add((text, itemPath));
            else
                Error(itemPath, "must be a non-empty string");
        }

        return result;
    }
}
