using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A client's account owner with a split (rules §2 step 2).
/// </summary>
public class ClientAssignment : BaseEntity
{
    /// <summary>The client's customer id.</summary>
    public int CustomerId { get; set; }

    /// <summary>The owning staff member.</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>The split in percent.</summary>
    public decimal Split { get; set; }
}
