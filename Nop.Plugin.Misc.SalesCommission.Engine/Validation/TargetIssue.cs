namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>What is wrong with a sales target's definition (rules §7).</summary>
public enum TargetIssue
{
    /// <summary>The target names neither a staff member nor a client group, or both.</summary>
    NotExactlyOneOwner = 0,

    /// <summary>The period is not a month, a quarter or a year.</summary>
    PeriodNotCalendar = 1,

    /// <summary>The amount is not above 0.</summary>
    AmountNotPositive = 2,

    /// <summary>The start date is not the first day of its period (Month: the 1st; Quarter: 1 Jan/Apr/Jul/Oct; Year: 1 Jan).</summary>
    StartNotFirstDayOfPeriod = 3,

    /// <summary>The period overlaps the period of another target of the same owner.</summary>
    OverlapsAnotherTarget = 4
}
