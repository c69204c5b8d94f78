using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Targets;

/// <summary>The period of a target (rules §7): [<see cref="StartDate"/>, <see cref="EndDate"/>), a month, quarter or year.</summary>
/// <param name="Window">The period length: Month, Quarter or Year.</param>
/// <param name="StartDate">The first day of the period.</param>
public readonly record struct TargetPeriod(LadderWindow Window, DateOnly StartDate)
{
    /// <summary>The first day after the period (exclusive end).</summary>
    public DateOnly EndDate => CommissionPeriod.EndOf(Window, StartDate);

    /// <summary>True when the start is the first day of a calendar month, quarter (1 Jan/Apr/Jul/Oct) or year (1 Jan).</summary>
    public bool StartsOnCalendarBoundary =>
        CommissionPeriod.StartOf(Window, StartDate.ToDateTime(TimeOnly.MinValue)) is { } start && start == StartDate;

    /// <summary>True when the two periods share at least one day.</summary>
    public bool Overlaps(TargetPeriod other) => StartDate < other.EndDate && other.StartDate < EndDate;
}
