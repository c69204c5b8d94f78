using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Ledger;

/// <summary>
/// Rules §5 recalculation: recompute what the order should earn now; replace pending entries, and post an
/// Adjustment for entries already in an approved or paid receipt (never edited or removed).
/// </summary>
[TestFixture]
public sealed class RecalculationPlannerTests
{
    private static readonly OrderLedgerState Paid = new(540m, 0m, false);
    private static readonly OrderLedgerState RefundedATenth = new(540m, 54m, false);
    private static readonly OrderLedgerState Voided = new(540m, 0m, true);

    private static LedgerEntry Entry(EntryKind kind, decimal amount, string beneficiary = "ann", int level = 0) =>
        new("1042", "p1", BeneficiaryType.Staff, beneficiary, kind, level, 500m, amount, null);

    private static RecordedEntry Pending(long id, EntryKind kind, decimal amount) => new(id, Entry(kind, amount), false);

    private static RecordedEntry Locked(long id, EntryKind kind, decimal amount) => new(id, Entry(kind, amount), true);

    private static RecalculationPlan Plan(OrderLedgerState state, LedgerEntry[] recalculated, params RecordedEntry[] recorded) =>
        RecalculationPlanner.Plan("1042", recalculated, recorded, state);

    private static IEnumerable<string> Described(IEnumerable<LedgerEntry> entries) =>
        entries.Select(e => $"{e.BeneficiaryId} {e.Kind} {e.Amount.ToString("0.00", CultureInfo.InvariantCulture)}");

    /// <summary>What the order nets once the plan is applied: the entries kept plus the entries added.</summary>
    private static decimal NetAfter(RecalculationPlan plan, params RecordedEntry[] recorded) =>
        recorded.Where(r => !plan.Remove.Contains(r.Id)).Sum(r => r.Entry.Amount) + plan.Add.Sum(e => e.Amount);

    [Test]
    public void Recalculation_replaces_pending_entries_with_what_the_order_earns_now()
    {
        var plan = Plan(Paid, [Entry(EntryKind.Direct, 30m)], Pending(1, EntryKind.Direct, 25m));

        Assert.That((plan.Remove, Described(plan.Add)), Is.EqualTo((new long[] { 1 }, new[] { "ann Direct 30.00" })));
    }

    [Test]
    public void Recalculation_of_an_entry_in_an_approved_or_paid_receipt_posts_only_an_adjustment()
    {
        var plan = Plan(Paid, [Entry(EntryKind.Direct, 30m)], Locked(1, EntryKind.Direct, 25m));

        Assert.That((plan.Remove, Described(plan.Add)), Is.EqualTo((Array.Empty<long>(), new[] { "ann Adjustment 5.00" })));
    }

    [Test]
    public void Recalculation_with_nothing_changed_plans_nothing()
    {
        var plan = Plan(RefundedATenth, [Entry(EntryKind.Direct, 25m)],
            Locked(1, EntryKind.Direct, 25m), Pending(2, EntryKind.Clawback, -2.50m));

        Assert.That(plan.Differences.Count + plan.Remove.Count + plan.Add.Count, Is.Zero);
    }

    [Test]
    public void Recalculation_of_a_refunded_order_replaces_the_entry_and_its_clawback_net_of_the_refund()
    {
        var plan = Plan(RefundedATenth, [Entry(EntryKind.Direct, 30m)],
            Pending(1, EntryKind.Direct, 25m), Pending(2, EntryKind.Clawback, -2.50m));

        Assert.That((plan.Remove, Described(plan.Add)),
            Is.EqualTo((new long[] { 1, 2 }, new[] { "ann Direct 30.00", "ann Clawback -3.00" })));
    }

    [Test]
    public void Recalculation_of_a_refunded_order_with_a_locked_entry_adjusts_to_the_net_of_the_refund()
    {
        var recorded = new[] { Locked(1, EntryKind.Direct, 25m), Pending(2, EntryKind.Clawback, -2.50m) };

        var plan = Plan(RefundedATenth, [Entry(EntryKind.Direct, 30m)], recorded);

        Assert.That(NetAfter(plan, recorded), Is.EqualTo(27.00m));
    }

    [Test]
    public void Recalculation_of_a_reversed_order_brings_it_to_net_zero()
    {
        var recorded = new[] { Pending(1, EntryKind.Direct, 25m) };

        var plan = Plan(Voided, [Entry(EntryKind.Direct, 30m)], recorded);

        Assert.That(NetAfter(plan, recorded), Is.EqualTo(0m));
    }

    [Test]
    public void Recalculation_of_a_reversed_order_already_at_zero_plans_nothing()
    {
        var plan = Plan(Voided, [Entry(EntryKind.Direct, 30m)], Locked(1, EntryKind.Direct, 25m), Locked(2, EntryKind.Reversal, -25m));

        Assert.That(plan.IsEmpty, Is.True);
    }

    [Test]
    public void Recalculation_never_removes_an_entry_in_an_approved_or_paid_receipt()
    {
        var plan = Plan(Voided, [], Locked(1, EntryKind.Direct, 25m), Pending(2, EntryKind.Clawback, -2.50m));

        Assert.That((plan.Remove, Described(plan.Add)), Is.EqualTo((new long[] { 2 }, new[] { "ann Adjustment -25.00" })));
    }

    [Test]
    public void Recalculation_adjusts_a_locked_entry_no_program_pays_any_more_down_to_zero()
    {
        var plan = Plan(Paid, [], Locked(1, EntryKind.Direct, 25m));

        Assert.That(plan.Add.Single().Explanation(), Does.Contain("no program pays it now"));
    }

    [Test]
    public void Recalculation_adds_an_entry_for_a_beneficiary_a_program_pays_now()
    {
        var plan = Plan(Paid, [Entry(EntryKind.Direct, 25m), Entry(EntryKind.Override, 5m, "bob", 1)], Pending(1, EntryKind.Direct, 25m));

        Assert.That((plan.Remove, Described(plan.Add)), Is.EqualTo((Array.Empty<long>(), new[] { "bob Override 5.00" })));
    }

    [Test]
    public void Recalculation_reports_each_changed_group_with_its_current_and_recalculated_net()
    {
        var plan = Plan(RefundedATenth, [Entry(EntryKind.Direct, 30m)],
            Locked(1, EntryKind.Direct, 25m), Pending(2, EntryKind.Clawback, -2.50m));

        Assert.That(plan.Differences.Select(d => (d.Current, d.Recalculated, d.Difference)), Is.EqualTo(new[] { (22.50m, 27.00m, 4.50m) }));
    }

    [Test]
    public void Clawback_after_an_adjustment_claws_back_the_adjusted_amount()
    {
        var entries = new[] { Entry(EntryKind.Direct, 25m), Entry(EntryKind.Adjustment, 5m) };

        var clawbacks = ClawbackPlanner.Plan(entries, RefundedATenth, 54m);

        Assert.That(Described(clawbacks), Is.EqualTo(new[] { "ann Clawback -3.00" }));
    }

    [Test]
    public void Reversal_of_an_order_already_reversed_writes_nothing()
    {
        Assert.That(ReversalPlanner.Plan([Entry(EntryKind.Direct, 25m)], alreadyReversed: true, "voided"), Is.Empty);
    }
}
