using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A staff member or partner a program pays (none listed: every credited staff member).
/// </summary>
public class ProgramBeneficiary : BaseEntity
{
    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>Staff or partner (Engine BeneficiaryType).</summary>
    public int BeneficiaryTypeId { get; set; }

    /// <summary>The staff member's customer id or the partner id.</summary>
    public int BeneficiaryId { get; set; }
}
