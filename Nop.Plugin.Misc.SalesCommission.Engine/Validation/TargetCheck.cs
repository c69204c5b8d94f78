using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>
/// Checks a sales target (rules §7): it belongs to exactly one staff member or one client group, runs over a
/// month, quarter or year from its starting date, and asks for a positive amount of credited net sales.
/// </summary>
public static class TargetCheck
{
    /// <summary>Finds every problem of a target; none means it may be saved.</summary>
    /// <param name="hasStaff">True when a staff member is named.</param>
    /// <param name="hasGroup">True when a client group is named.</param>
    /// <param name="window">The period.</param>
    /// <param name="amount">The credited net sales asked for.</param>
    /// <returns>The problems, in the order of the form's fields.</returns>
    public static IReadOnlyList<TargetIssue> Check(bool hasStaff, bool hasGroup, LadderWindow window, decimal amount)
    {
        var problems = new List<TargetIssue>();
        if (hasStaff == hasGroup)
            problems.Add(TargetIssue.NotExactlyOneOwner);
        if (window is not (LadderWindow.Month or LadderWindow.Quarter or LadderWindow.Year))
            problems.Add(TargetIssue.PeriodNotCalendar);
        if (amount <= 0m)
            problems.Add(TargetIssue.AmountNotPositive);

        return problems;
    }
}
