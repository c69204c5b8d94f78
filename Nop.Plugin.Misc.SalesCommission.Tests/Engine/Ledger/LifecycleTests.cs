using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Ledger;

/// <summary>
/// Rules §5: paid orders write Direct and Override entries once; refunds claw back against the cumulative
/// refunded share; voids and cancellations reverse what is left; nothing happens twice.
/// </summary>
[TestFixture]
public sealed class LifecycleTests
{
    private const string PaidAt = ScenarioBuilder.DefaultPaidAt;

    /// <summary>ann sells (25.00 on 500 net sales of a 540 order), bob is her manager (20% → 5.00).</summary>
    private static ScenarioBuilder AnnAndBob() =>
        ScenarioBuilder.Default()
            .Staff("""{ "id": "ann", "managerId": "bob" }""")
            .Staff("""{ "id": "bob" }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 1, "percent": 20 } ] }""")
            .Order("""{ "id": "1042", "subtotalExclTax": 500, "total": 540 }""");

    [Test]
    public void Paid_order_writes_direct_and_override_entries()
    {
        Assert.That(AnnAndBob().Run().Lines(), Is.EqualTo(new[] { "ann Direct 25.00", "bob Override L1 5.00" }));
    }

    [Test]
    public void Paid_event_delivered_twice_writes_nothing_more()
    {
        var result = AnnAndBob()
            .Event("paid", "1042", PaidAt)
            .Event("paid", "1042", "2026-03-04T10:00:00Z")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00", "bob Override L1 5.00" }));
    }

    [Test]
    public void Refund_claws_back_the_refunded_share_of_each_original_entry()
    {
        var result = AnnAndBob()
            .Refund("1042", "2026-03-09", 54m)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[]
        {
            "ann Direct 25.00", "bob Override L1 5.00", "ann Clawback -2.50", "bob Clawback L1 -0.50"
        }));
    }

    [Test]
    public void Clawback_records_the_refunded_amount_of_the_event_as_its_base()
    {
        var result = AnnAndBob()
            .Refund("1042", "2026-03-09", 54m)
            .Run();

        Assert.That(result.Entries.Where(e => e.Kind == EntryKind.Clawback).Select(e => e.Base), Is.EqualTo(new[] { 54.00m, 54.00m }));
    }

    [Test]
    public void Partial_refunds_accumulate_against_the_cumulative_refunded_share()
    {
        var result = AnnAndBob()
            .Refund("1042", "2026-03-09", 54m)
            .Refund("1042", "2026-03-10", 108m)
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Clawback), Is.EqualTo(new[] { -2.50m, -5.00m }));
    }

    [Test]
    public void Partial_refunds_round_the_cumulative_target_not_each_refund()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "fixed": 10 }""")
            .Order("""{ "subtotalExclTax": 300, "total": 300 }""")
            .Refund("1042", "2026-03-09", 100m)
            .Refund("1042", "2026-03-10", 100m)
            .Refund("1042", "2026-03-11", 100m)
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Clawback), Is.EqualTo(new[] { -3.33m, -3.34m, -3.33m }));
    }

    [Test]
    public void Refund_beyond_the_order_total_is_capped_at_it()
    {
        var result = AnnAndBob()
            .Refund("1042", "2026-03-09", 600m)
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Clawback), Is.EqualTo(new[] { -25.00m }));
    }

    [Test]
    public void Refunds_adding_up_beyond_the_order_total_claw_back_no_more_than_the_entry()
    {
        var result = AnnAndBob()
            .Refund("1042", "2026-03-09", 500m)
            .Refund("1042", "2026-03-10", 100m)
            .Refund("1042", "2026-03-11", 100m)
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Clawback), Is.EqualTo(new[] { -23.15m, -1.85m }));
    }

    [Test]
    public void Full_refund_brings_the_order_to_exactly_zero_for_every_beneficiary()
    {
        var result = AnnAndBob()
            .Refund("1042", "2026-03-09", 200m)
            .Refund("1042", "2026-03-10", 340m)
            .Run();

        Assert.That((result.TotalOf("ann"), result.TotalOf("bob")), Is.EqualTo((0m, 0m)));
    }

    [Test]
    public void Refund_too_small_to_claw_back_a_cent_writes_nothing()
    {
        var result = AnnAndBob()
            .Refund("1042", "2026-03-09", 0.01m)
            .Run();

        Assert.That(result.Entries.Where(e => e.Kind == EntryKind.Clawback), Is.Empty);
    }

    [Test]
    public void Void_reverses_the_net_of_each_original_entry()
    {
        var result = AnnAndBob()
            .Refund("1042", "2026-03-09", 54m)
            .Event("void", "1042", "2026-03-10")
            .Run();

        Assert.That(result.Lines().Where(l => l.Contains("Reversal")), Is.EqualTo(new[] { "ann Reversal -22.50", "bob Reversal L1 -4.50" }));
    }

    [Test]
    public void Cancel_reverses_the_net_of_each_original_entry()
    {
        var result = AnnAndBob()
            .Event("cancel", "1042", "2026-03-10")
            .Run();

        Assert.That(result.Lines().Where(l => l.Contains("Reversal")), Is.EqualTo(new[] { "ann Reversal -25.00", "bob Reversal L1 -5.00" }));
    }

    [Test]
    public void Reversal_records_a_base_of_zero()
    {
        var result = AnnAndBob()
            .Event("void", "1042", "2026-03-10")
            .Run();

        Assert.That(result.Entries.Where(e => e.Kind == EntryKind.Reversal).Select(e => e.Base), Is.EqualTo(new[] { 0m, 0m }));
    }

    [Test]
    public void Void_of_a_fully_refunded_order_writes_nothing()
    {
        var result = AnnAndBob()
            .Refund("1042", "2026-03-09", 540m)
            .Event("void", "1042", "2026-03-10")
            .Run();

        Assert.That(result.Entries.Where(e => e.Kind == EntryKind.Reversal), Is.Empty);
    }

    [Test]
    public void Second_void_writes_nothing()
    {
        var result = AnnAndBob()
            .Event("void", "1042", "2026-03-10")
            .Event("void", "1042", "2026-03-11")
            .Run();

        Assert.That(result.Entries.Count(e => e.Kind == EntryKind.Reversal), Is.EqualTo(2));
    }

    [Test]
    public void Refund_after_a_void_writes_nothing()
    {
        var result = AnnAndBob()
            .Event("void", "1042", "2026-03-10")
            .Refund("1042", "2026-03-11", 54m)
            .Run();

        Assert.That(result.Entries.Where(e => e.Kind == EntryKind.Clawback), Is.Empty);
    }

    [Test]
    public void Refund_void_or_cancel_of_a_never_paid_order_writes_nothing()
    {
        var result = AnnAndBob()
            .Order("""{ "id": "1042", "paidAt": null }""")
            .Refund("1042", "2026-03-09", 54m)
            .Event("void", "1042", "2026-03-10")
            .Event("cancel", "1042", "2026-03-11")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Events_apply_in_time_order_not_listed_order()
    {
        var result = AnnAndBob()
            .Event("void", "1042", "2026-03-10")
            .Refund("1042", "2026-03-09", 54m)
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Reversal), Is.EqualTo(new[] { -22.50m }));
    }

    [Test]
    public void Events_at_the_same_time_apply_in_listed_order_refund_then_void()
    {
        var result = AnnAndBob()
            .Refund("1042", "2026-03-10T12:00:00Z", 54m)
            .Event("void", "1042", "2026-03-10T12:00:00Z")
            .Run();

        Assert.That(result.Lines().Where(l => l.StartsWith("ann")), Is.EqualTo(new[] { "ann Direct 25.00", "ann Clawback -2.50", "ann Reversal -22.50" }));
    }

    [Test]
    public void Events_at_the_same_time_apply_in_listed_order_void_then_refund()
    {
        var result = AnnAndBob()
            .Event("void", "1042", "2026-03-10T12:00:00Z")
            .Refund("1042", "2026-03-10T12:00:00Z", 54m)
            .Run();

        Assert.That(result.Lines().Where(l => l.StartsWith("ann")), Is.EqualTo(new[] { "ann Direct 25.00", "ann Reversal -25.00" }));
    }

    [Test]
    public void Refund_at_the_very_time_of_payment_applies_after_the_payment()
    {
        var result = AnnAndBob()
            .Refund("1042", PaidAt, 54m)
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Clawback), Is.EqualTo(new[] { -2.50m }));
    }

    [Test]
    public void Paid_event_of_an_order_without_paid_at_is_bad_input_naming_the_event_type()
    {
        var read = AnnAndBob()
            .Order("""{ "id": "1042", "paidAt": null }""")
            .Event("paid", "1042", PaidAt)
            .Read();

        Assert.That(read.Errors.Select(e => e.Path), Is.EqualTo(new[] { "events[0].type" }));
    }

    [Test]
    public void Clawbacks_do_not_re_rate_later_orders_of_a_period_ladder()
    {
        var result = ScenarioBuilder.Default()
            .Program("""
                { "id": "p1", "type": "Ladder", "ladder": { "mode": "WholeAmount", "window": "Month",
                  "bands": [ { "from": 0, "rate": 2 }, { "from": 10000, "rate": 3 } ] } }
                """)
            .Order("""{ "id": "A", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 6000, "total": 6000 }""")
            .Refund("A", "2026-03-03T10:00:00Z", 6000m)
            .Order("""{ "id": "B", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 5000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#A ann Direct 120.00", "#A ann Clawback -120.00", "#B ann Direct 210.00" }));
    }
}
