using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>
/// The rule of a sales target (rules §7), in one place for the admin's form, the scenario reader and
/// <see cref="SalesTarget"/>: it belongs to exactly one staff member or one client group, runs over a calendar month,
/// quarter or year starting on the period's first day, asks for a positive amount of credited net sales, and does not
/// overlap another target of the same owner.
/// </summary>
public static class TargetCheck
{
    /// <summary>Finds the problems of a target's owner, period length and amount (its start date and overlaps unchecked).</summary>
    /// <param name="hasStaff">True when a staff member is named.</param>
    /// <param name="hasGroup">True when a client group is named.</param>
    /// <param name="window">The period.</param>
    /// <param name="amount">The credited net sales asked for.</param>
    /// <returns>The problems, in the order of the form's fields.</returns>
    public static IReadOnlyList<TargetIssue> Check(bool hasStaff, bool hasGroup, LadderWindow window, decimal amount) =>
        Check(hasStaff, hasGroup, window, null, amount, []);

    /// <summary>Finds every problem of a target; none means it may be saved.</summary>
    /// <param name="hasStaff">True when a staff member is named.</param>
    /// <param name="hasGroup">True when a client group is named.</param>
    /// <param name="window">The period; null when not given (reported as missing by the caller).</param>
    /// <param name="startDate">The first day of the period; null when not given (then neither it nor overlaps are checked).</param>
    /// <param name="amount">The credited net sales asked for; null when not given.</param>
    /// <param name="ownerTargets">The periods of the owner's other targets (saved, or listed earlier in a scenario).</param>
    /// <returns>The problems, in the order of the form's fields (owner, period, start date, amount), then the overlap.</returns>
    public static IReadOnlyList<TargetIssue> Check(
        bool hasStaff, bool hasGroup, LadderWindow? window, DateOnly? startDate, decimal? amount, IEnumerable<TargetPeriod> ownerTargets)
    {
        ArgumentNullException.ThrowIfNull(ownerTargets);

        var problems = new List<TargetIssue>();
        if (hasStaff == hasGroup)
            problems.Add(TargetIssue.NotExactlyOneOwner);
        if (window is not (null or LadderWindow.Month or LadderWindow.Quarter or LadderWindow.Year))
            problems.Add(TargetIssue.PeriodNotCalendar);
        var period = window is LadderWindow.Month or LadderWindow.Quarter or LadderWindow.Year && startDate is { } start
            ? new TargetPeriod(window.Value, start)
            : (TargetPeriod?)null;
        if (period is { StartsOnCalendarBoundary: false })
            problems.Add(TargetIssue.StartNotFirstDayOfPeriod);
        if (amount <= 0m)
            problems.Add(TargetIssue.AmountNotPositive);
        if (period is { } own && ownerTargets.Any(own.Overlaps))
            problems.Add(TargetIssue.OverlapsAnotherTarget);

        return problems;
    }
}
