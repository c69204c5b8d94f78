namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>Why a staff member cannot have the manager chosen for them (rules §3.3).</summary>
public enum ManagerIssue
{
    /// <summary>The manager is the staff member themselves.</summary>
    Self = 0,

    /// <summary>The manager is not a staff member.</summary>
    NotStaff = 1,

    /// <summary>The manager reports, directly or not, to the staff member: the hierarchy would go round in a circle.</summary>
    Cycle = 2
}
