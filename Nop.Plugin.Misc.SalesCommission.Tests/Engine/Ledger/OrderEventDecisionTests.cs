using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
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
        var first = OrderEventDecision.Decide(OrderEventKind.Paid, NeverPaid, 0m, 0m, () => PlanOf(Direct));
        var again = OrderEventDecision.Decide(OrderEventKind.Paid, Paid(Direct), 0m, 0m,
            () => throw new AssertionException("a redelivered payment must not be planned again"));

        Assert.Multiple(() =>
        {
            Assert.That(first.Entries, Is.EqualTo(new[] { Direct }));
            Assert.That(again, Is.EqualTo(OrderEventOutcome.Nothing));
        });
    }

    [Test]
    public void A_refund_of_54_of_540_claws_back_2_50_of_25_00()
    {
        var outcome = OrderEventDecision.Decide(OrderEventKind.Refunded, Paid(Direct), 54m, 54m, () => PlanOf());

        Assert.That(outcome.Entries.Select(e => (e.Kind, e.Amount)), Is.EqualTo(new[] { (EntryKind.Clawback, -2.50m) }));
    }

    [TestCase(OrderEventKind.Voided)]
    [TestCase(OrderEventKind.Cancelled)]
    [TestCase(OrderEventKind.Deleted)]
    public void A_void_cancellation_or_deletion_reverses_the_net_once(OrderEventKind kind)
    {
        var first = OrderEventDecision.Decide(kind, Paid(Direct), 0m, 0m, () => PlanOf());
        var second = OrderEventDecision.Decide(kind, Paid(Direct) with { Reversed = true }, 0m, 0m, () => PlanOf());

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
            Assert.That(OrderEventDecision.Decide(kind, NeverPaid, 54m, 54m, () => PlanOf()), Is.EqualTo(OrderEventOutcome.Nothing));
            Assert.That(OrderEventDecision.Decide(kind, NeverPaid with { PaymentPending = true }, 54m, 54m, () => PlanOf()),
                Is.EqualTo(OrderEventOutcome.WaitForPayment));
        });
    }

    [Test]
    public void A_refund_after_a_reversal_writes_nothing()
    {
        var outcome = OrderEventDecision.Decide(OrderEventKind.Refunded, Paid(Direct) with { Reversed = true }, 54m, 54m, () => PlanOf());

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
}
