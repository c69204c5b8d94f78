namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>
/// Collects the ids a scenario declares and the ids it refers to, then reports duplicates and unknown ids
/// at the path of the field that names them.
/// </summary>
internal sealed class ScenarioReferences(JsonFieldReader fields)
{
    private readonly Dictionary<string, HashSet<string>> _declared = new();
    private readonly List<(string Kind, string Id, string Path)> _references = [];

    /// <summary>Declares an id of a kind ("staff", "client", …); a duplicate is an error.</summary>
    public void Declare(string kind, string? id, string path)
    {
        if (id is null)
            return;
        if (!Of(kind).Add(id))
            fields.Error(path, $"duplicate {kind} id '{id}'");
    }

    /// <summary>True when an id of this kind was declared.</summary>
    public bool IsDeclared(string kind, string id) => Of(kind).Contains(id);

    /// <summary>Notes a reference to an id of a kind, checked by <see cref="Check"/>.</summary>
    public void Refer(string kind, string? id, string path)
    {
        if (id is not null)
            _references.Add((kind, id, path));
    }

    /// <summary>Reports every reference to an undeclared id.</summary>
    public void Check()
    {
        foreach (var (kind, id, path) in _references.Where(r => !IsDeclared(r.Kind, r.Id)))
            fields.Error(path, $"unknown {kind} '{id}'");
    }

    private HashSet<string> Of(string kind)
    {
        if (!_declared.TryGetValue(kind, out var ids))
            _declared[kind] = ids = new HashSet<string>(StringComparer.Ordinal);
        return ids;
    }
}
