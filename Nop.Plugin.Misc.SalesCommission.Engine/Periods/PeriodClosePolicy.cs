namespace Nop.Plugin.Misc.SalesCommission.Engine.Periods;

/// <summary>
/// Whether finance may close a month (rules §6): only a month that has ended (UTC), only once, and not while a dispute
/// about one of its entries is open.
/// </summary>
public static class PeriodClosePolicy
{
    /// <summary>Null when the month may be closed; otherwise why not.</summary>
    /// <param name="month">Any day of the month to close.</param>
    /// <param name="nowUtc">Now.</param>
    /// <param name="closed">The months closed already.</param>
    /// <param name="openDisputes">How many disputes about entries of the month are open.</param>
    public static PeriodCloseRefusal? Decide(DateOnly month, DateTime nowUtc, ClosedMonths closed, int openDisputes)
    {
        ArgumentNullException.ThrowIfNull(closed);
        var start = ClosedMonths.MonthOf(month);
        if (closed.IsClosed(start))
            return PeriodCloseRefusal.AlreadyClosed;
        if (start.AddMonths(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) > nowUtc)
            return PeriodCloseRefusal.NotEnded;
        if (openDisputes > 0)
            return PeriodCloseRefusal.OpenDisputes;
        return null;
    }
}
