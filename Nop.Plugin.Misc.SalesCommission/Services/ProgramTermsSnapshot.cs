using System.Text.Json;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// A version's terms kept as a snapshot: the program row and its child rows (<see cref="ProgramDefinition"/>) as JSON.
/// Read back, they become the engine's program through the same <see cref="ProgramDefinition.ToEngineProgram"/> as the
/// live rows, so a version is calculated exactly as the program was when it was in force. What is not a money term
/// (name, priority, active, valid from/to) is always the program's own, as it stands.
/// </summary>
public static class ProgramTermsSnapshot
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>The terms of a definition as stored in a version.</summary>
    /// <param name="definition">The program with its child rows.</param>
    public static string Write(ProgramDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);

        return JsonSerializer.Serialize(definition, Options);
    }

    /// <summary>A version's terms as a definition, with the program's own name, priority, activity and validity.</summary>
    /// <param name="terms">The stored terms.</param>
    /// <param name="program">The program row as it stands.</param>
    public static ProgramDefinition Read(string terms, CommissionProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);

        var definition = JsonSerializer.Deserialize<ProgramDefinition>(terms, Options)
                         ?? throw new InvalidOperationException($"A version of program #{program.Id} has no terms");
        var row = definition.Program;
        row.Id = program.Id;
        row.Name = program.Name;
        row.Priority = program.Priority;
        row.Active = program.Active;
        row.ValidFromUtc = program.ValidFromUtc;
        row.ValidToUtc = program.ValidToUtc;
        row.Deleted = program.Deleted;
        return definition;
    }
}
