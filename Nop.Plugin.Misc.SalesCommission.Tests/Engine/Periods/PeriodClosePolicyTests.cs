using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Periods;

/// <summary>Rules §6 period close: finance closes a month that has ended, once, and not while a dispute of it is open.</summary>
[TestFixture]
public sealed class PeriodClosePolicyTests
{
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly DateTime Dec7 = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void An_ended_month_with_no_open_dispute_may_be_closed() =>
        Assert.That(PeriodClosePolicy.Decide(November, Dec7, ClosedMonths.None, 0), Is.Null);

    [Test]
    public void A_month_may_be_closed_from_the_first_instant_after_it() =>
        Assert.That((PeriodClosePolicy.Decide(November, new DateTime(2026, 11, 30, 23, 59, 59, DateTimeKind.Utc), ClosedMonths.None, 0),
                PeriodClosePolicy.Decide(November, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), ClosedMonths.None, 0)),
            Is.EqualTo(((PeriodCloseRefusal?)PeriodCloseRefusal.NotEnded, (PeriodCloseRefusal?)null)));

    [Test]
    public void The_current_month_may_not_be_closed() =>
        Assert.That(PeriodClosePolicy.Decide(new DateOnly(2026, 12, 1), Dec7, ClosedMonths.None, 0), Is.EqualTo(PeriodCloseRefusal.NotEnded));

    [Test]
    public void A_closed_month_is_not_closed_twice() =>
        Assert.That(PeriodClosePolicy.Decide(November, Dec7, new ClosedMonths([November]), 0), Is.EqualTo(PeriodCloseRefusal.AlreadyClosed));

    [Test]
    public void A_month_with_an_open_dispute_may_not_be_closed() =>
        Assert.That(PeriodClosePolicy.Decide(November, Dec7, ClosedMonths.None, 1), Is.EqualTo(PeriodCloseRefusal.OpenDisputes));

    [Test]
    public void Any_day_of_a_month_names_the_month() =>
        Assert.That(PeriodClosePolicy.Decide(new DateOnly(2026, 11, 17), Dec7, new ClosedMonths([November]), 0),
            Is.EqualTo(PeriodCloseRefusal.AlreadyClosed));

    [Test]
    public void An_entry_of_an_open_month_stays_at_its_order_s_paid_time()
    {
        var oct20 = new DateTime(2026, 10, 20, 9, 0, 0, DateTimeKind.Utc);

        Assert.That(new ClosedMonths([November]).Post(oct20), Is.EqualTo(new CorrectionPosting(oct20, oct20, null, null)));
    }

    [Test]
    public void An_entry_of_a_closed_month_goes_to_the_first_instant_of_the_first_open_month_after_it_and_keeps_its_hold()
    {
        //October and November closed: an entry of an order paid 20 Oct is dated 1 Dec 00:00, corrects October, holds from 20 Oct
        var closed = new ClosedMonths([new DateOnly(2026, 10, 1), November]);
        var oct20 = new DateTime(2026, 10, 20, 9, 0, 0, DateTimeKind.Utc);

        Assert.That(closed.Post(oct20), Is.EqualTo(new CorrectionPosting(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), oct20,
            new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 1))));
    }
}
