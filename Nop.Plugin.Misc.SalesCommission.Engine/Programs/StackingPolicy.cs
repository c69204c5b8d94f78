namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>What happens when several programs match the same order for the same beneficiary (rules §3).</summary>
public enum StackingPolicy
{
    /// <summary>Only the highest-priority program pays; ties go to the most recently created (listed later).</summary>
    HighestPriority = 0,

    /// <summary>Every matching program pays.</summary>
    All = 1
}
