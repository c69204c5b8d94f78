namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>A member of the sales-rep role with their staff profile, as the cached roster keeps it.</summary>
public class StaffRosterRow
{
    /// <summary>The member's customer id.</summary>
    public int CustomerId { get; set; }

    /// <summary>The manager named in the profile, if any.</summary>
    public int? ManagerCustomerId { get; set; }

    /// <summary>The profile's active flag; null when the member has no profile yet.</summary>
    public bool? Active { get; set; }
}
