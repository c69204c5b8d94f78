using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>A hierarchy override level in the editor.</summary>
public record ProgramOverrideLevelModel : BaseNopModel
{
    /// <summary>1 (the seller's manager) to 5.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Override.Level")]
    public int Level { get; set; } = 1;

    /// <summary>The override percentage.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Override.Percent")]
    public decimal Percent { get; set; }

    /// <summary>Of commission or of sales (Engine OverrideBase).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Override.Base")]
    public int OverrideBaseId { get; set; }
}
