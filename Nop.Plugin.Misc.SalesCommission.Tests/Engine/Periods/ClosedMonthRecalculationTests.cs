using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Periods;

/// <summary>
/// Rules §5/§6: the entries of a closed month never change; a recalculation that finds a difference posts an Adjustment
/// into the first open month, saying which order and month it corrects.
/// </summary>
[TestFixture]
public sealed class ClosedMonthRecalculationTests
{
    private static readonly OrderLedgerState Paid = new(540m, 0m, false);
    private static readonly DateTime PaidNov20 = new(2026, 11, 20, 14, 0, 0, DateTimeKind.Utc);
    private static readonly ClosedMonths NovemberClosed = new([new DateOnly(2026, 11, 1)]);

    private static LedgerEntry Entry(EntryKind kind, decimal amount, string program = "p1") =>
        new("1042", program, BeneficiaryType.Staff, "ann", kind, 0, 500m, amount, null);

    private static IEnumerable<string> Described(IEnumerable<LedgerEntry> entries) =>
        entries.Select(e => $"{e.ProgramId} {e.Kind} {e.Amount.ToString("0.00", CultureInfo.InvariantCulture)}");

    [Test]
    public void A_pending_entry_of_a_closed_month_is_kept_and_the_difference_is_posted_as_an_adjustment()
    {
        //November closed: order #1042 paid 20 Nov earned 25.00 (pending); today's program pays 30.00
        var plan = ClosedMonthRecalculation.Plan("1042", PaidNov20, [Entry(EntryKind.Direct, 30m)],
            [new RecordedEntry(1, Entry(EntryKind.Direct, 25m), false)], Paid, NovemberClosed);

        Assert.That((plan.Remove, Described(plan.Add), plan.Posting?.PostedInMonth, plan.Posting?.CorrectedMonth),
            Is.EqualTo((Array.Empty<long>(), new[] { "p1 Adjustment 5.00" }, (DateOnly?)new DateOnly(2026, 12, 1), (DateOnly?)new DateOnly(2026, 11, 1))));
    }

    [Test]
    public void The_adjustment_says_which_order_and_month_it_corrects()
    {
        var plan = ClosedMonthRecalculation.Plan("1042", PaidNov20, [Entry(EntryKind.Direct, 30m)],
            [new RecordedEntry(1, Entry(EntryKind.Direct, 25m), false)], Paid, NovemberClosed);

        Assert.That(plan.Add.Single().Explanation(), Does.StartWith("Adjustment of order #1042 of 2026-11 (closed), posted in 2026-12"));
    }

    [Test]
    public void A_program_that_pays_a_closed_month_s_order_only_now_adds_an_adjustment_not_a_direct_entry()
    {
        var plan = ClosedMonthRecalculation.Plan("1042", PaidNov20, [Entry(EntryKind.Direct, 25m), Entry(EntryKind.Direct, 8m, "p2")],
            [new RecordedEntry(1, Entry(EntryKind.Direct, 25m), false)], Paid, NovemberClosed);

        Assert.That(Described(plan.Add), Is.EqualTo(new[] { "p2 Adjustment 8.00" }));
    }

    [Test]
    public void A_program_that_no_longer_pays_a_closed_month_s_order_takes_its_commission_back_by_an_adjustment()
    {
        var plan = ClosedMonthRecalculation.Plan("1042", PaidNov20, [],
            [new RecordedEntry(1, Entry(EntryKind.Direct, 25m), false)], Paid, NovemberClosed);

        Assert.That((plan.Remove.Count, Described(plan.Add)), Is.EqualTo((0, new[] { "p1 Adjustment -25.00" })));
    }

    [Test]
    public void An_order_of_an_open_month_is_recalculated_as_usual()
    {
        var plan = ClosedMonthRecalculation.Plan("1042", new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc), [Entry(EntryKind.Direct, 30m)],
            [new RecordedEntry(1, Entry(EntryKind.Direct, 25m), false)], Paid, NovemberClosed);

        Assert.That((plan.Remove, Described(plan.Add), plan.Posting), Is.EqualTo((new long[] { 1 }, new[] { "p1 Direct 30.00" }, (CorrectionPosting?)null)));
    }

    [Test]
    public void A_closed_month_s_order_with_nothing_changed_plans_nothing()
    {
        var plan = ClosedMonthRecalculation.Plan("1042", PaidNov20, [Entry(EntryKind.Direct, 25m)],
            [new RecordedEntry(1, Entry(EntryKind.Direct, 25m), false)], Paid, NovemberClosed);

        Assert.That(plan.IsEmpty && plan.Add.Count == 0, Is.True);
    }
}
