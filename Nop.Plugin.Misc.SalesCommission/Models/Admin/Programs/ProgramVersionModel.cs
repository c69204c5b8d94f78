using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>A version of a program's money terms, as the editor lists it.</summary>
public record ProgramVersionModel : BaseNopModel
{
    /// <summary>The first paid instant it applies to, in the user's time; null for the program's first terms.</summary>
    public DateTime? EffectiveFrom { get; set; }

    /// <summary>The money terms it changed from the version before, in the user's language; empty for the first.</summary>
    public string Changes { get; set; }

    /// <summary>True for the version in force now.</summary>
    public bool InForce { get; set; }
}
