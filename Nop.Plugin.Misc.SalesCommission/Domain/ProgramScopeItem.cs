using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// One store, client group (customer role) or client a program is limited to.
/// </summary>
public class ProgramScopeItem : BaseEntity
{
    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>Store, client group or client (ScopeType).</summary>
    public int ScopeTypeId { get; set; }

    /// <summary>The store, customer role or customer id.</summary>
    public int EntityId { get; set; }
}
