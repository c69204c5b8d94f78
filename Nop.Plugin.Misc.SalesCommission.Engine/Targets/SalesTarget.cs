using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Targets;

/// <summary>
/// A sales target (quota, rules §7): an amount of credited NetSales that one staff member, or the staff of
/// one client group together, should reach in one period. The period is [<see cref="StartDate"/>,
/// <see cref="EndDate"/>): a calendar month, quarter or year starting on its first day (checked with the rest of the
/// target's rule by <see cref="TargetCheck"/>). Created through <see cref="ForStaff"/> or <see cref="ForGroup"/>,
/// which reject a per-order window and an amount that is not above 0.
/// </summary>
public sealed record SalesTarget
{
    private SalesTarget(string id, string? staffId, string? groupId, LadderWindow window, DateOnly startDate, decimal amount)
    {
        if (ProblemWith(window, amount) is { } problem)
            throw new ArgumentOutOfRangeException(window is LadderWindow.Month or LadderWindow.Quarter or LadderWindow.Year
                ? nameof(amount) : nameof(window), $"Target {id}: {problem}.");

        Id = id;
        StaffId = staffId;
        GroupId = groupId;
        Window = window;
        StartDate = startDate;
        Amount = amount;
    }

    /// <summary>What is wrong with a target's period and amount (<see cref="TargetCheck"/>), or null when it can be measured.</summary>
    /// <param name="window">The period length: Month, Quarter or Year.</param>
    /// <param name="amount">The credited NetSales to reach.</param>
    public static string? ProblemWith(LadderWindow window, decimal amount) =>
        TargetCheck.Check(true, false, window, amount) switch
        {
            [TargetIssue.PeriodNotCalendar, ..] => "the period must be Month, Quarter or Year",
            [TargetIssue.AmountNotPositive, ..] => "the amount must be above 0",
            _ => null
        };

    /// <summary>A target of one staff member.</summary>
    /// <param name="id">The target's id.</param>
    /// <param name="staffId">The staff member.</param>
    /// <param name="window">The period length: Month, Quarter or Year.</param>
    /// <param name="startDate">The first day of the period.</param>
    /// <param name="amount">The credited NetSales to reach, above 0.</param>
    public static SalesTarget ForStaff(string id, string staffId, LadderWindow window, DateOnly startDate, decimal amount) =>
        new(id, staffId, null, window, startDate, amount);

    /// <summary>A team target of the staff assigned to a client group: their credited NetSales count together.</summary>
    /// <param name="id">The target's id.</param>
    /// <param name="groupId">The client group whose staff share the target.</param>
    /// <param name="window">The period length: Month, Quarter or Year.</param>
    /// <param name="startDate">The first day of the period.</param>
    /// <param name="amount">The credited NetSales to reach, above 0.</param>
    public static SalesTarget ForGroup(string id, string groupId, LadderWindow window, DateOnly startDate, decimal amount) =>
        new(id, null, groupId, window, startDate, amount);

    /// <summary>The target's id.</summary>
    public string Id { get; }

    /// <summary>The staff member of a staff target; null for a group target.</summary>
    public string? StaffId { get; }

    /// <summary>The client group of a group (team) target; null for a staff target.</summary>
    public string? GroupId { get; }

    /// <summary>The period length: Month, Quarter or Year.</summary>
    public LadderWindow Window { get; }

    /// <summary>The first day of the period.</summary>
    public DateOnly StartDate { get; }

    /// <summary>The credited NetSales to reach.</summary>
    public decimal Amount { get; }

    /// <summary>The period: window and start date.</summary>
    public TargetPeriod Period => new(Window, StartDate);

    /// <summary>The first day after the period (exclusive end).</summary>
    public DateOnly EndDate => Period.EndDate;

    /// <summary>True when an order paid at this time (UTC) falls in the target's period.</summary>
    public bool Covers(DateTime paidAtUtc)
    {
        var paidOn = DateOnly.FromDateTime(paidAtUtc);
        return StartDate <= paidOn && paidOn < EndDate;
    }

    /// <summary>Who the target is for and when, as a rep reads it ("ann, Month from 2026-03-01").</summary>
    public string Label =>
        $"{(StaffId is not null ? StaffId : $"team of group {GroupId}")}, {Window} from {StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
