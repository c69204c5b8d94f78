using Newtonsoft.Json;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Keeps an entry's derivation in a job's parameters or result in the ledger's own JSON form (<see cref="DerivationJson"/>).
/// </summary>
public sealed class DerivationJsonConverter : JsonConverter<Derivation>
{
    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, Derivation value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
            writer.WriteNull();
        else
            writer.WriteValue(DerivationJson.Write(value));
    }

    /// <inheritdoc />
    public override Derivation ReadJson(JsonReader reader, Type objectType, Derivation existingValue, bool hasExistingValue,
        JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Value is string json ? DerivationJson.Read(json) : null;
    }
}
