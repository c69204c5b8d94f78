using System.Reflection;
using System.Text;
using System.Text.Json;
using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// The one reading and writing of a program type's own terms (<see cref="ITypeTerms"/>): the record's constructor
/// parameters are its JSON fields under their camelCase names, each a number (<c>decimal?</c>), a whole number
/// (<c>int?</c>), a text (<c>string</c>) or a flag (<c>bool</c>). A scenario gives them among the program's fields; the
/// plugin stores them as one JSON column of the program row (kept in the program's versions with the row). Whether a
/// value is allowed is the record's rule, not the reader's.
/// </summary>
public static class TypeTermsJson
{
    /// <summary>The terms record of a program type, or null when the type's terms are not a record of their own.</summary>
    /// <param name="type">The program type.</param>
    public static Type? RecordOf(ProgramType type) =>
        Enum.IsDefined(type) ? typeof(ProgramType).GetField(type.ToString())?.GetCustomAttribute<TypeTermsAttribute>()?.Record : null;

    /// <summary>The program types whose terms are a record of their own.</summary>
    public static IReadOnlyList<ProgramType> Types { get; } = Enum.GetValues<ProgramType>().Where(type => RecordOf(type) is not null).ToList();

    /// <summary>
    /// Stored terms as the type's record; fields that are absent or not of their kind are read as empty (the record's
    /// rules then name them). Null when the type's terms are not a record of their own.
    /// </summary>
    /// <param name="type">The program type.</param>
    /// <param name="json">The stored JSON object, or null or empty for none.</param>
    public static ITypeTerms? Parse(ProgramType type, string? json) => RecordOf(type) is { } record ? Parse(record, json) : null;

    /// <summary>The terms as stored: a JSON object of the record's fields that have a value.</summary>
    /// <param name="terms">The terms.</param>
    public static string Write(ITypeTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var parameter in ConstructorOf(terms.GetType()).GetParameters())
            {
                var name = FieldName(parameter);
                switch (terms.GetType().GetProperty(parameter.Name!)?.GetValue(terms))
                {
                    case decimal number:
                        writer.WriteNumber(name, number);
                        break;
                    case int whole:
                        writer.WriteNumber(name, whole);
                        break;
                    case string text:
                        writer.WriteString(name, text);
                        break;
                    case bool flag:
                        writer.WriteBoolean(name, flag);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// A type's terms from its fields' values by property name (as an editor holds them); a field without a value is
    /// empty. Null when the type's terms are not a record of their own.
    /// </summary>
    /// <param name="type">The program type.</param>
    /// <param name="valueOf">The value of a field by its property name, or null.</param>
    public static ITypeTerms? Of(ProgramType type, Func<string, object?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);

        return RecordOf(type) is { } record ? Of(record, parameter => valueOf(parameter.Name!)) : null;
    }

    /// <summary>The record's property a JSON field is read into: the field's name, PascalCase ("minimumBasis": MinimumBasis).</summary>
    /// <param name="field">The field's JSON name.</param>
    public static string PropertyOf(string field) =>
        string.IsNullOrEmpty(field) ? field : char.ToUpperInvariant(field[0]) + field[1..];

    /// <summary>
    /// Reads a type's terms from an object's fields, recording a shape error (a field not of its kind) at its path; null
    /// when the type's terms are not a record of their own.
    /// </summary>
    internal static ITypeTerms? Read(ProgramType type, JsonElement item, string path, JsonFieldReader fields) =>
        RecordOf(type) is { } record ? Read(record, item, path, fields) : null;

    /// <summary>Stored terms as a record of <paramref name="record"/>'s type (see <see cref="Parse(ProgramType, string)"/>).</summary>
    internal static ITypeTerms Parse(Type record, string? json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        return Read(record, document.RootElement, string.Empty, new JsonFieldReader([]));
    }

    /// <summary>Reads a record of <paramref name="record"/>'s type from an object's fields.</summary>
    internal static ITypeTerms Read(Type record, JsonElement item, string path, JsonFieldReader fields) =>
        Of(record, parameter => ReadField(parameter, item, path, fields));

    /// <summary>The record built from each field's value; a value type's field without one gets its default.</summary>
    private static ITypeTerms Of(Type record, Func<ParameterInfo, object?> valueOf)
    {
        var constructor = ConstructorOf(record);
        var values = constructor.GetParameters()
            .Select(parameter => valueOf(parameter)
                                 ?? (parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null
                                     ? Activator.CreateInstance(parameter.ParameterType)
                                     : null))
            .ToArray();
        return (ITypeTerms)constructor.Invoke(values);
    }

    private static ConstructorInfo ConstructorOf(Type record) =>
        record.GetConstructors().OrderByDescending(constructor => constructor.GetParameters().Length).First();

    /// <summary>The JSON name of a record's field: its constructor parameter's name, camelCase.</summary>
    private static string FieldName(ParameterInfo parameter) => char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];

    private static object? ReadField(ParameterInfo parameter, JsonElement item, string path, JsonFieldReader fields)
    {
        var name = FieldName(parameter);
        var kind = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (kind == typeof(decimal))
            return fields.Number(item, path, name, min: decimal.MinValue);
        if (kind == typeof(int))
            return fields.Integer(item, path, name);
        if (kind == typeof(string))
            return fields.Text(item, path, name);
        if (kind == typeof(bool))
            return fields.Flag(item, path, name, false);
        throw new InvalidOperationException($"{parameter.Member.DeclaringType?.Name}.{parameter.Name}: a terms field is a number, a whole number, a text or a flag");
    }
}
