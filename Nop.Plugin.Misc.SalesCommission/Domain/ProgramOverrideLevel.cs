using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A hierarchy override level of a program.
/// </summary>
public class ProgramOverrideLevel : BaseEntity
{
    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>1 to 5.</summary>
    public int Level { get; set; }

    /// <summary>The override percentage.</summary>
    public decimal Percent { get; set; }

    /// <summary>OfCommission or OfSales (Engine OverrideBase).</summary>
    public int OverrideBaseId { get; set; }
}
