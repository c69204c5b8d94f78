namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// Which orders a program applies to: stores (empty = all) and clients by group or by name (both empty = all).
/// The lists are indexed once, so matching an order costs the same however long they are.
/// </summary>
/// <param name="stores">Store ids; empty for every store.</param>
/// <param name="groups">Client group ids.</param>
/// <param name="clients">Client ids.</param>
public sealed class ProgramScope(IReadOnlyList<string> stores, IReadOnlyList<string> groups, IReadOnlyList<string> clients)
{
    private readonly HashSet<string> _stores = new(stores, StringComparer.Ordinal);
    private readonly HashSet<string> _groups = new(groups, StringComparer.Ordinal);
    private readonly HashSet<string> _clients = new(clients, StringComparer.Ordinal);

    /// <summary>Store ids; empty for every store.</summary>
    public IReadOnlyList<string> Stores { get; } = stores;

    /// <summary>Client group ids.</summary>
    public IReadOnlyList<string> Groups { get; } = groups;

    /// <summary>Client ids.</summary>
    public IReadOnlyList<string> Clients { get; } = clients;

    /// <summary>A scope that covers every order.</summary>
    public static ProgramScope Everything { get; } = new([], [], []);

    /// <summary>True when the scope covers orders of this store (an order without a store only matches "every store").</summary>
    public bool CoversStore(string? storeId) => _stores.Count == 0 || (storeId is not null && _stores.Contains(storeId));

    /// <summary>True when the scope covers this client: named, in a named group, or no client named at all.</summary>
    public bool CoversClient(string clientId, IReadOnlyList<string> clientGroups)
    {
        if (_groups.Count == 0 && _clients.Count == 0)
            return true;
        if (_clients.Contains(clientId))
            return true;
        for (var i = 0; i < clientGroups.Count; i++)
        {
            if (_groups.Contains(clientGroups[i]))
                return true;
        }

        return false;
    }
}
