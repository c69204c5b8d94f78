using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Ledger;

/// <summary>Rules §5 and §9.4: the one decision of what an order event writes, shared by the simulator and the plugin.</summary>
[TestFixture]
public sealed class OrderEventDecisionTests
{
    private static readonly LedgerEntry Direct = new("1042", "p1", BeneficiaryType.Staff, "ann", EntryKind.Direct, 0, 500m, 25m, null);

    private static PaidOrderPlan PlanOf(params LedgerEntry[] entries) =>
        new(new OrderCredit(CreditSource.ClientOwners, [], []), entries, [], []);

    private static OrderLedgerHistory Paid(params LedgerEntry[] entries) => new(entries, true, false, false, 540m);

    private static readonly OrderLedgerHistory NeverPaid = new([], false, false, false, 540m);

    [Test]
    public void A_payment_is_planned_once_and_its_redelivery_writes_nothing()
    {
        var first = OrderEventDecision.Decide(OrderEventKind.Paid, NeverPaid, 0m, 0m, () => PlanOf(Direct), ClosedMonths.None);
        var again = OrderEventDecision.Decide(OrderEventKind.Paid, Paid(Direct), 0m, 0m,
            () => throw new AssertionException("a redelivered payment must not be planned again"), ClosedMonths.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.Entries, Is.EqualTo(new[] { Direct }));
            Assert.That(again, Is.EqualTo(OrderEventOutcome.Nothing));
        });
    }

    [Test]
    public void A_refund_of_54_of_540_claws_back_2_50_of_25_00()
    {
        var outcome = OrderEventDecision.Decide(OrderEventKind.Refunded, Paid(Direct), 54m, 54m, () => PlanOf(), ClosedMonths.None);

        Assert.That(outcome.Entries.Select(e => (e.Kind, e.Amount)), Is.EqualTo(new[] { (EntryKind.Clawback, -2.50m) }));
    }

    [TestCase(OrderEventKind.Voided)]
    [TestCase(OrderEventKind.Cancelled)]
    [TestCase(OrderEventKind.Deleted)]
    public void A_void_cancellation_or_deletion_reverses_the_net_once(OrderEventKind kind)
    {
        var first = OrderEventDecision.Decide(kind, Paid(Direct), 0m, 0m, () => PlanOf(), ClosedMonths.None);
        var second = OrderEventDecision.Decide(kind, Paid(Direct) with { Reversed = true }, 0m, 0m, () => PlanOf(), ClosedMonths.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.Entries.Select(e => (e.Kind, e.Amount)), Is.EqualTo(new[] { (EntryKind.Reversal, -25.00m) }));
            Assert.That(second, Is.EqualTo(OrderEventOutcome.Nothing));
        });
    }

    [TestCase(OrderEventKind.Refunded)]
    [TestCase(OrderEventKind.Voided)]
    public void An_event_of_a_never_paid_order_writes_nothing_but_one_whose_payment_waits_waits(OrderEventKind kind)
    {
        Assert.Multiple(() =>
        {
            Assert.That(OrderEventDecision.Decide(kind, NeverPaid, 54m, 54m, () => PlanOf(), ClosedMonths.None), Is.EqualTo(OrderEventOutcome.Nothing));
            Assert.That(OrderEventDecision.Decide(kind, NeverPaid with { PaymentPending = true }, 54m, 54m, () => PlanOf(), ClosedMonths.None),
                Is.EqualTo(OrderEventOutcome.WaitForPayment));
        });
    }

    [Test]
    public void A_refund_after_a_reversal_writes_nothing()
    {
        var outcome = OrderEventDecision.Decide(OrderEventKind.Refunded, Paid(Direct) with { Reversed = true }, 54m, 54m, () => PlanOf(), ClosedMonths.None);

        Assert.That(outcome, Is.EqualTo(OrderEventOutcome.Nothing));
    }

    [Test]
    public void A_groups_second_clawback_gets_the_next_sequence_and_a_new_group_starts_at_0()
    {
        var clawback = Direct with { Kind = EntryKind.Clawback, Amount = -2.5m };
        var managerClawback = clawback with { BeneficiaryId = "bob", Level = 1 };

        var sequences = OrderEventDecision.SequencesOf([Direct, clawback], [clawback, managerClawback, clawback]);

        Assert.That(sequences, Is.EqualTo(new[] { 1, 0, 2 }));
    }

    private static readonly DateTime PaidNov20 = new(2026, 11, 20, 14, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Dec1 = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly ClosedMonths NovemberClosed = new([new DateOnly(2026, 11, 1)]);

    [Test]
    public void A_refund_of_an_order_of_a_closed_month_claws_back_on_the_first_instant_of_the_first_open_month()
    {
        //order #1042 of 540.00 paid 20 Nov, Ann earned 25.00; November is closed; 54.00 refunded on 5 Dec:
        //the clawback of -2.50 is dated 1 Dec 00:00, names November and holds from 20 Nov as Ann's 25.00 does
        var outcome = OrderEventDecision.Decide(OrderEventKind.Refunded, Paid(Direct) with { PaidAtUtc = PaidNov20 }, 54m, 54m,
            () => PlanOf(), NovemberClosed);

        Assert.That((outcome.Entries.Single().Amount, outcome.Posting),
            Is.EqualTo((-2.50m, new CorrectionPosting(Dec1, PaidNov20, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)))));
    }

    [Test]
    public void The_clawback_of_a_closed_month_s_order_says_which_order_and_month_it_corrects()
    {
        var outcome = OrderEventDecision.Decide(OrderEventKind.Refunded, Paid(Direct) with { PaidAtUtc = PaidNov20 }, 54m, 54m,
            () => PlanOf(), NovemberClosed);

        Assert.That(outcome.Entries.Single().Explanation(), Is.EqualTo("Order #1042 of 2026-11 (closed), posted in 2026-12: Clawback: "
            + "refunded 54.00 of 540.00 of order #1042; 25.00 × refunded share = 2.50 to claw back, 0.00 already clawed back"));
    }

    [TestCase(OrderEventKind.Voided)]
    [TestCase(OrderEventKind.Cancelled)]
    [TestCase(OrderEventKind.Deleted)]
    public void A_reversal_of_an_order_of_a_closed_month_lands_in_the_first_open_month(OrderEventKind kind)
    {
        //November and December closed: the reversal of -25.00 is dated 1 Jan 00:00
        var closed = new ClosedMonths([new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)]);

        var outcome = OrderEventDecision.Decide(kind, Paid(Direct) with { PaidAtUtc = PaidNov20 }, 0m, 0m, () => PlanOf(), closed);

        Assert.That((outcome.Entries.Single().Amount, outcome.Posting!.DatedUtc, outcome.Entries.Single().Explanation()),
            Is.EqualTo((-25.00m, new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), $"Order #1042 of 2026-11 (closed), posted in 2027-01: "
                + $"Reversal: order #1042 {(kind == OrderEventKind.Deleted ? "deleted" : kind.ToString().ToLowerInvariant())}; net 25.00 reversed")));
    }

    [Test]
    public void A_refund_of_an_order_of_an_open_month_is_dated_at_the_order_s_paid_time_as_before()
    {
        var outcome = OrderEventDecision.Decide(OrderEventKind.Refunded, Paid(Direct) with { PaidAtUtc = PaidNov20 }, 54m, 54m,
            () => PlanOf(), new ClosedMonths([new DateOnly(2026, 10, 1)]));

        Assert.That((outcome.Posting, outcome.Entries.Single().Explanation()), Is.EqualTo((new CorrectionPosting(PaidNov20, PaidNov20, null, null),
            "Clawback: refunded 54.00 of 540.00 of order #1042; 25.00 × refunded share = 2.50 to claw back, 0.00 already clawed back")));
    }

    [Test]
    public void A_payment_of_a_closed_month_processed_late_is_posted_into_the_first_open_month()
    {
        var direct = Direct with { Derivation = new Derivation("Adjustment.Unpaid") };

        var outcome = OrderEventDecision.Decide(OrderEventKind.Paid, NeverPaid with { PaidAtUtc = PaidNov20 }, 0m, 0m, () => PlanOf(direct),
            NovemberClosed);

        Assert.That((outcome.Posting!.DatedUtc, outcome.Entries.Single().Derivation!.Kind), Is.EqualTo((Dec1, "Posting.ClosedMonth")));
    }
}
