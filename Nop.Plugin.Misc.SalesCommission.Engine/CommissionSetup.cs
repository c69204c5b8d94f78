using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine;

/// <summary>
/// Everything the engine needs besides the order: staff, partners, clients, groups, products and programs.
/// Groups are kept in priority order (first group wins in crediting) and programs in creation order
/// (a later program wins a priority tie). A host may pass only the part that concerns one order.
/// </summary>
public sealed class CommissionSetup
{
    private static readonly Client UnknownClient = new(string.Empty, [], []);

    /// <summary>Creates a setup.</summary>
    public CommissionSetup(
        StackingPolicy stacking,
        IEnumerable<StaffMember> staff,
        IEnumerable<Partner> partners,
        IEnumerable<Client> clients,
        IEnumerable<ClientGroup> groups,
        IEnumerable<Product> products,
        IEnumerable<CommissionProgram> programs)
    {
        Stacking = stacking;
        Staff = staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Partners = partners.ToList();
        Clients = clients.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Groups = groups.ToList();
        Products = products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Programs = programs.ToList();
    }

    /// <summary>The stacking policy.</summary>
    public StackingPolicy Stacking { get; }

    /// <summary>Staff members by id.</summary>
    public IReadOnlyDictionary<string, StaffMember> Staff { get; }

    /// <summary>Partners, in listed order.</summary>
    public IReadOnlyList<Partner> Partners { get; }

    /// <summary>Clients by id.</summary>
    public IReadOnlyDictionary<string, Client> Clients { get; }

    /// <summary>Client groups in crediting priority order.</summary>
    public IReadOnlyList<ClientGroup> Groups { get; }

    /// <summary>Products by id.</summary>
    public IReadOnlyDictionary<string, Product> Products { get; }

    /// <summary>Programs in creation order.</summary>
    public IReadOnlyList<CommissionProgram> Programs { get; }

    /// <summary>The client with this id; an unknown client has no groups and no owners.</summary>
    public Client ClientOf(string clientId) => Clients.GetValueOrDefault(clientId) ?? UnknownClient;

    /// <summary>The categories of a product; none for an unknown product.</summary>
    public IReadOnlyList<string> CategoriesOf(string productId) =>
        Products.TryGetValue(productId, out var product) ? product.Categories : [];
}
