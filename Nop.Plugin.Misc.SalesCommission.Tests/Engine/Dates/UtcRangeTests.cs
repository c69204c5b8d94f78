using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Dates;

/// <summary>A person's days become one half-open UTC range, in one place, for every page and export.</summary>
[TestFixture]
public sealed class UtcRangeTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Test]
    public void Days_in_Copenhagen_start_at_local_midnight_and_end_at_the_next_days_midnight_after_summer_time_began()
    {
        var range = UtcRange.OfDays(new DateTime(2026, 3, 1), new DateTime(2026, 3, 31), Copenhagen);

        Assert.That(range, Is.EqualTo(new UtcRange(
            new DateTime(2026, 2, 28, 23, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 3, 31, 22, 0, 0, DateTimeKind.Utc))));
    }

    [Test]
    public void The_last_day_is_included_to_its_last_instant_and_the_next_day_is_not()
    {
        var range = UtcRange.OfDays(new DateTime(2026, 12, 1), new DateTime(2026, 12, 7), TimeZoneInfo.Utc);

        Assert.Multiple(() =>
        {
            Assert.That(range.Contains(new DateTime(2026, 12, 7, 23, 59, 59, 999, DateTimeKind.Utc)), Is.True);
            Assert.That(range.Contains(new DateTime(2026, 12, 8, 0, 0, 0, DateTimeKind.Utc)), Is.False);
            Assert.That(range.Contains(new DateTime(2026, 11, 30, 23, 59, 59, DateTimeKind.Utc)), Is.False);
        });
    }

    [Test]
    public void A_missing_day_leaves_that_end_open()
    {
        var range = UtcRange.OfDays(null, new DateTime(2026, 1, 1), TimeZoneInfo.Utc);

        Assert.Multiple(() =>
        {
            Assert.That(range.FromUtc, Is.Null);
            Assert.That(range.Contains(new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc)), Is.True);
        });
    }

    [Test]
    public void This_month_is_the_calendar_month_in_UTC_that_contains_the_instant()
    {
        var month = UtcRange.PeriodContaining(LadderWindow.Month, new DateTime(2026, 12, 7, 6, 59, 0, DateTimeKind.Utc));

        Assert.That(month, Is.EqualTo(new UtcRange(
            new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc))));
    }

    [TestCase(84.44, 84.4)]
    [TestCase(84.45, 84.5)]
    [TestCase(84.55, 84.6)]
    public void Attainment_percent_is_shown_rounded_once_to_one_decimal_away_from_zero(decimal exact, decimal shown)
    {
        Assert.That(Money.RoundPercent(exact), Is.EqualTo(shown));
    }
}
