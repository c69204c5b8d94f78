using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Receipts;

/// <summary>
/// Rules §6 hold period: an entry is payable N days after its order is paid (the store's days, or its program's own);
/// a receipt takes only entries whose hold has ended when it is drafted, so a refund inside the hold nets first.
/// </summary>
[TestFixture]
public sealed class HoldPeriodTests
{
    private static readonly DateTime PaidNov3 = new(2026, 11, 3, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime CutoffNov30 = new(2026, 11, 30, 23, 59, 59, DateTimeKind.Utc);

    private static ReceiptCandidate Candidate(long id, decimal amount, DateTime paidUtc, int holdDays, string beneficiary = "ann") =>
        new(id, BeneficiaryType.Staff, beneficiary, paidUtc, amount, HoldPeriod.PayableOnUtc(paidUtc, holdDays));

    [Test]
    public void An_entry_is_payable_the_hold_days_after_its_order_is_paid() =>
        Assert.That(HoldPeriod.PayableOnUtc(PaidNov3, 14), Is.EqualTo(new DateTime(2026, 11, 17, 10, 0, 0, DateTimeKind.Utc)));

    [TestCase(14, null, 14)]
    [TestCase(14, 30, 30)]
    [TestCase(14, 0, 0)]
    [TestCase(0, null, 0)]
    public void A_program_s_own_hold_replaces_the_store_s(int storeDays, int? programDays, int expected) =>
        Assert.That(HoldPeriod.DaysFor(storeDays, programDays), Is.EqualTo(expected));

    [TestCase(-1, false)]
    [TestCase(0, true)]
    [TestCase(365, true)]
    [TestCase(366, false)]
    public void A_hold_is_0_to_365_days(int days, bool valid) => Assert.That(HoldPeriod.IsValidDays(days), Is.EqualTo(valid));

    [Test]
    public void An_entry_is_on_hold_until_the_instant_it_becomes_payable()
    {
        var payable = HoldPeriod.PayableOnUtc(PaidNov3, 14);

        Assert.That((HoldPeriod.IsOnHold(payable, payable.AddSeconds(-1)), HoldPeriod.IsOnHold(payable, payable)), Is.EqualTo((true, false)));
    }

    [Test]
    public void With_no_hold_an_entry_is_taken_as_soon_as_its_order_is_paid()
    {
        var drafts = ReceiptDrafter.Plan([Candidate(1, 10m, PaidNov3, 0)], CutoffNov30, PaidNov3);

        Assert.That(drafts.Single().EntryIds, Is.EqualTo(new long[] { 1 }));
    }

    [Test]
    public void A_receipt_drafted_inside_the_hold_leaves_the_entry_out_and_a_later_one_takes_it()
    {
        var entry = Candidate(1, 10m, PaidNov3, 14);

        var onNov15 = ReceiptDrafter.Plan([entry], CutoffNov30, new DateTime(2026, 11, 15, 0, 0, 0, DateTimeKind.Utc));
        var onNov20 = ReceiptDrafter.Plan([entry], CutoffNov30, new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc));

        Assert.That((onNov15.Count, onNov20.Single().Total), Is.EqualTo((0, 10m)));
    }

    [Test]
    public void A_cut_off_in_the_future_does_not_shorten_a_hold()
    {
        var drafts = ReceiptDrafter.Plan([Candidate(1, 10m, PaidNov3, 14)], new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 11, 10, 0, 0, 0, DateTimeKind.Utc));

        Assert.That(drafts, Is.Empty);
    }

    [Test]
    public void An_entry_whose_hold_ended_is_still_left_out_when_its_order_was_paid_after_the_cut_off()
    {
        var paidDec2 = new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc);

        var drafts = ReceiptDrafter.Plan([Candidate(1, 10m, paidDec2, 0)], CutoffNov30, new DateTime(2026, 12, 20, 0, 0, 0, DateTimeKind.Utc));

        Assert.That(drafts, Is.Empty);
    }

    [Test]
    public void A_refund_inside_the_hold_nets_with_the_entry_before_anything_is_paid()
    {
        //order paid 3 Nov, hold 14 days; refunded by 40% on 10 Nov: the clawback shares the order's date and hold
        var candidates = new[] { Candidate(1, 10m, PaidNov3, 14), Candidate(2, -4m, PaidNov3, 14) };

        var onNov15 = ReceiptDrafter.Plan(candidates, CutoffNov30, new DateTime(2026, 11, 15, 0, 0, 0, DateTimeKind.Utc));
        var onNov20 = ReceiptDrafter.Plan(candidates, CutoffNov30, new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc));

        Assert.That((onNov15.Count, onNov20.Single().Total, onNov20.Single().EntryIds.Count), Is.EqualTo((0, 6m, 2)));
    }

    [Test]
    public void Entries_of_one_beneficiary_with_different_holds_are_taken_as_each_hold_ends()
    {
        //the same order pays under a program with no hold of its own (store: 0 days) and one holding 30 days
        var candidates = new[] { Candidate(1, 10m, PaidNov3, 0), Candidate(2, 5m, PaidNov3, 30) };

        var drafts = ReceiptDrafter.Plan(candidates, CutoffNov30, new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc));

        Assert.That((drafts.Single().EntryIds, drafts.Single().Total), Is.EqualTo((new long[] { 1 }, 10m)));
    }
}
