using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>A program in the list.</summary>
public record ProgramRowModel : BaseNopEntityModel
{
    /// <summary>The name.</summary>
    public string Name { get; set; }

    /// <summary>The type, localized.</summary>
    public string ProgramType { get; set; }

    /// <summary>The basis, localized.</summary>
    public string Basis { get; set; }

    /// <summary>The priority.</summary>
    public int Priority { get; set; }

    /// <summary>Whether it pays.</summary>
    public bool Active { get; set; }

    /// <summary>First paid date, or null.</summary>
    public DateTime? ValidFrom { get; set; }

    /// <summary>Last paid date, or null.</summary>
    public DateTime? ValidTo { get; set; }
}
