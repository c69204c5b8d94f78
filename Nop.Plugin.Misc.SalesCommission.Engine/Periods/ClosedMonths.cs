using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Periods;

/// <summary>
/// The calendar months (UTC) finance has closed (rules §6). An entry belongs to the month of its date; the entries of a
/// closed month never change, and what would change them is posted into the first open month after it.
/// </summary>
public sealed class ClosedMonths
{
    private readonly HashSet<DateOnly> _months;

    /// <summary>Creates the set from the first days of the closed months.</summary>
    /// <param name="monthStarts">The first day of each closed month.</param>
    public ClosedMonths(IEnumerable<DateOnly> monthStarts)
    {
        ArgumentNullException.ThrowIfNull(monthStarts);
        _months = monthStarts.Select(MonthOf).ToHashSet();
    }

    /// <summary>No month closed.</summary>
    public static ClosedMonths None => new([]);

    /// <summary>The first day of the month containing an instant (UTC).</summary>
    public static DateOnly MonthOf(DateTime utc) => CommissionPeriod.StartOf(LadderWindow.Month, utc)!.Value;

    /// <summary>The first day of the month containing a day.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>True when the month containing the instant is closed.</summary>
    public bool IsClosed(DateTime utc) => _months.Contains(MonthOf(utc));

    /// <summary>True when the month starting on (or containing) the day is closed.</summary>
    public bool IsClosed(DateOnly month) => _months.Contains(MonthOf(month));

    /// <summary>
    /// Where a new entry of an order paid at <paramref name="orderPaidUtc"/> lands: the one decision for payments, refunds,
    /// voids, cancellations, recalculations and dispute adjustments alike. Its order's month when that is open; otherwise
    /// the first instant of the first open month after it, naming the closed month. Its hold runs from the paid time.
    /// </summary>
    /// <param name="orderPaidUtc">When the order was paid: its entries belong to that month.</param>
    public CorrectionPosting Post(DateTime orderPaidUtc)
    {
        if (!IsClosed(orderPaidUtc))
            return new CorrectionPosting(orderPaidUtc, orderPaidUtc, null, null);

        var postedIn = FirstOpenMonthFrom(orderPaidUtc);
        return new CorrectionPosting(postedIn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), orderPaidUtc, MonthOf(orderPaidUtc), postedIn);
    }

    private DateOnly FirstOpenMonthFrom(DateTime utc)
    {
        var month = MonthOf(utc);
        while (_months.Contains(month))
            month = month.AddMonths(1);
        return month;
    }
}
