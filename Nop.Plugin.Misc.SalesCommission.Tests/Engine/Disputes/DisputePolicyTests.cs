using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Disputes;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Disputes;

/// <summary>
/// Rules §6 disputes: a rep disputes only their own entries; both sides reply while it is open; it ends once, resolved
/// by a non-zero adjustment carrying its reference (dated like any correction) or refused.
/// </summary>
[TestFixture]
public sealed class DisputePolicyTests
{
    private static LedgerEntry EntryOf(BeneficiaryType type, string beneficiary) =>
        new("1042", "p1", type, beneficiary, EntryKind.Direct, 0, 500m, 25m, null);

    [Test]
    public void A_rep_may_dispute_their_own_entry() =>
        Assert.That(DisputePolicy.MayDispute("ann", EntryOf(BeneficiaryType.Staff, "ann")), Is.Null);

    [Test]
    public void A_rep_may_not_dispute_another_rep_s_entry() =>
        Assert.That(DisputePolicy.MayDispute("bob", EntryOf(BeneficiaryType.Staff, "ann")), Is.EqualTo(DisputeRefusal.NotOwnEntry));

    [Test]
    public void A_staff_member_may_not_dispute_a_partner_entry_with_the_same_id() =>
        Assert.That(DisputePolicy.MayDispute("7", EntryOf(BeneficiaryType.Partner, "7")), Is.EqualTo(DisputeRefusal.NotOwnEntry));

    [TestCase(DisputeAction.Reply)]
    [TestCase(DisputeAction.Refuse)]
    public void An_open_dispute_takes_replies_and_may_be_refused(DisputeAction action) =>
        Assert.That(DisputePolicy.Decide(DisputeStatus.Open, action), Is.Null);

    [Test]
    public void An_open_dispute_is_resolved_by_an_adjustment_of_any_non_zero_amount() =>
        Assert.That((DisputePolicy.Decide(DisputeStatus.Open, DisputeAction.Resolve, 12.50m),
                DisputePolicy.Decide(DisputeStatus.Open, DisputeAction.Resolve, -3m)),
            Is.EqualTo(((DisputeRefusal?)null, (DisputeRefusal?)null)));

    [TestCase(0)]
    [TestCase(0.004)]
    public void An_adjustment_that_rounds_to_zero_does_not_resolve_a_dispute(double amount) =>
        Assert.That(DisputePolicy.Decide(DisputeStatus.Open, DisputeAction.Resolve, (decimal)amount), Is.EqualTo(DisputeRefusal.ZeroAdjustment));

    [TestCase(DisputeStatus.Resolved, DisputeAction.Reply)]
    [TestCase(DisputeStatus.Resolved, DisputeAction.Resolve)]
    [TestCase(DisputeStatus.Refused, DisputeAction.Refuse)]
    [TestCase(DisputeStatus.Refused, DisputeAction.Reply)]
    public void A_dispute_with_its_outcome_takes_nothing_more(DisputeStatus status, DisputeAction action) =>
        Assert.That(DisputePolicy.Decide(status, action, 5m), Is.EqualTo(DisputeRefusal.NotOpen));

    [TestCase(DisputeAction.Resolve, DisputeStatus.Resolved)]
    [TestCase(DisputeAction.Refuse, DisputeStatus.Refused)]
    [TestCase(DisputeAction.Reply, DisputeStatus.Open)]
    public void An_action_leaves_the_dispute_in_its_status(DisputeAction action, DisputeStatus expected) =>
        Assert.That(DisputePolicy.StatusAfter(action), Is.EqualTo(expected));

    private static readonly DateTime Oct20 = new(2026, 10, 20, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void The_adjustment_joins_the_disputed_entry_s_group_and_names_the_dispute()
    {
        var disputed = EntryOf(BeneficiaryType.Staff, "ann");

        var adjustment = DisputePolicy.Adjustment(disputed.Group, "1042", 12.345m, "D-12", "rate was 6%", ClosedMonths.None.Post(Oct20));

        Assert.That((adjustment.Group, adjustment.Kind, adjustment.Amount, adjustment.Explanation()),
            Is.EqualTo((disputed.Group, EntryKind.Adjustment, 12.35m, "Adjustment for dispute D-12: rate was 6%")));
    }

    [Test]
    public void An_adjustment_of_an_order_of_a_closed_month_says_which_order_and_month_it_corrects()
    {
        var closed = new ClosedMonths([new DateOnly(2026, 11, 1)]);
        var nov20 = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

        var adjustment = DisputePolicy.Adjustment(EntryOf(BeneficiaryType.Staff, "ann").Group, "1042", 5m, "D-12", "rate was 6%", closed.Post(nov20));

        Assert.That(adjustment.Explanation(),
            Is.EqualTo("Order #1042 of 2026-11 (closed), posted in 2026-12: Adjustment for dispute D-12: rate was 6%"));
    }
}
