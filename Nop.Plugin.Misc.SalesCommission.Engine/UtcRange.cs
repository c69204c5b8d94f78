using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine;

/// <summary>
/// A half-open range of UTC instants, <c>[FromUtc, ToUtc)</c>; either end may be open. Dates are stored in UTC, and a
/// person's day is turned into such a range here and nowhere else: the range of days "from 1 March to 31 March" in a
/// store in Copenhagen starts at 1 March 00:00 Copenhagen time and ends, exclusive, at 1 April 00:00 Copenhagen time.
/// </summary>
/// <param name="FromUtc">The first instant in the range, or null for no lower bound.</param>
/// <param name="ToUtc">The first instant after the range, or null for no upper bound.</param>
public readonly record struct UtcRange(DateTime? FromUtc, DateTime? ToUtc)
{
    /// <summary>Every instant.</summary>
    public static UtcRange Always => new(null, null);

    /// <summary>
    /// The instants of the days from <paramref name="firstDay"/> to <paramref name="lastDay"/>, both included, as
    /// days in <paramref name="zone"/>; a missing day leaves that end open. Only the date part of each day is read.
    /// </summary>
    /// <param name="firstDay">The first day, or null.</param>
    /// <param name="lastDay">The last day (included), or null.</param>
    /// <param name="zone">The time zone the days are meant in (the user's or the store's).</param>
    public static UtcRange OfDays(DateTime? firstDay, DateTime? lastDay, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new UtcRange(
            firstDay is { } first ? StartOfDayUtc(first, zone) : null,
            lastDay is { } last ? StartOfDayUtc(last.Date.AddDays(1), zone) : null);
    }

    /// <summary>The calendar month, quarter or year (UTC) that contains an instant, as entries and period ladders count it.</summary>
    /// <param name="window">Month, Quarter or Year.</param>
    /// <param name="nowUtc">The instant.</param>
    public static UtcRange PeriodContaining(LadderWindow window, DateTime nowUtc)
    {
        var start = CommissionPeriod.StartOf(window, nowUtc)
                    ?? throw new ArgumentOutOfRangeException(nameof(window), "A period is a Month, Quarter or Year.");
        return new UtcRange(start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            CommissionPeriod.EndOf(window, start).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }

    /// <summary>True when the instant lies in the range.</summary>
    public bool Contains(DateTime utc) => (FromUtc is not { } from || utc >= from) && (ToUtc is not { } to || utc < to);

    private static DateTime StartOfDayUtc(DateTime day, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified);
        //a day that starts inside a daylight-saving gap starts at the gap's end
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
