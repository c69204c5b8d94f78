using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// One store, client group (customer role) or client a program is limited to, or one product or category it leaves out.
/// </summary>
public class ProgramScopeItem : BaseEntity
{
    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>Store, client group, client, excluded product or excluded category (ScopeType).</summary>
    public int ScopeTypeId { get; set; }

    /// <summary>The store, customer role, customer, product or category id.</summary>
    public int EntityId { get; set; }
}
