using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// Staff assigned to a client group (customer role) with a split (rules §2 step 3).
/// </summary>
public class ClientGroupAssignment : BaseEntity
{
    /// <summary>The customer role.</summary>
    public int CustomerRoleId { get; set; }

    /// <summary>The staff member.</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>The split in percent.</summary>
    public decimal Split { get; set; }
}
