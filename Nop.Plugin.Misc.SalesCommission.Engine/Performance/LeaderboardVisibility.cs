namespace Nop.Plugin.Misc.SalesCommission.Engine.Performance;

/// <summary>Which reps a rep may see on the leaderboard (a store setting; stored as its int value).</summary>
public enum LeaderboardVisibility
{
    /// <summary>Reps see no leaderboard at all.</summary>
    Off = 0,

    /// <summary>Reps see the reps of their own sales team.</summary>
    Team = 1,

    /// <summary>Reps see every active staff member.</summary>
    Everyone = 2
}
