using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A sales target (quota) for a staff member or a client group's staff (rules §7).
/// </summary>
public class CommissionTarget : BaseEntity
{
    /// <summary>The staff member, or null.</summary>
    public int? StaffCustomerId { get; set; }

    /// <summary>The client group whose staff share the target, or null.</summary>
    public int? CustomerRoleId { get; set; }

    /// <summary>Month, quarter or year (Engine LadderWindow).</summary>
    public int PeriodId { get; set; }

    /// <summary>Month, Quarter or Year, typed.</summary>
    public LadderWindow Period
    {
        get => (LadderWindow)PeriodId;
        set => PeriodId = (int)value;
    }

    /// <summary>The first day of the period.</summary>
    public DateTime StartDateUtc { get; set; }

    /// <summary>The NetSales target.</summary>
    public decimal Amount { get; set; }
}
