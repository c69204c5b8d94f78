namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>Day limits shared by the money forms.</summary>
public static class CalendarLimits
{
    /// <summary>The widest offset from UTC a time zone has (UTC+14).</summary>
    private static readonly TimeSpan LatestOffset = TimeSpan.FromHours(14);

    /// <summary>
    /// The latest calendar day that is "today" somewhere: a day the user picks (in their own time zone) after it is in
    /// the future for everyone.
    /// </summary>
    public static DateTime LatestToday => DateTime.UtcNow.Add(LatestOffset).Date;
}
