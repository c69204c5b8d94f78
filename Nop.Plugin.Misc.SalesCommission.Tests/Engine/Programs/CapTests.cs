using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>
/// Rules §3.4 caps on Direct entries: <c>capPerOrder</c> on the exact amount after split and accelerator, before rounding;
/// <c>capPerPeriod</c> on one beneficiary's Direct entries of one calendar period, counted in written entries
/// (<c>round(min(amount, cap − Σ earlier entries))</c>, later orders nothing); clawbacks do not free room; stacking is
/// decided first; a capped order still adds to period ladder totals; OfCommission overrides follow the capped amount,
/// OfSales overrides are not capped.
/// </summary>
[TestFixture]
public sealed class CapTests
{
    private const string TenPercentMonthCap100 =
        """{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "capPerPeriod": { "window": "Month", "amount": 100 } }""";

    /// <summary>Orders of 600, 300, 200 and 400 paid in March 2026, in that order.</summary>
    private static ScenarioBuilder FourMarchOrders(string program) =>
        ScenarioBuilder.Default()
            .Program(program)
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 600, "total": 600 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-05T10:00:00Z", "subtotalExclTax": 300, "total": 300 }""")
            .Order("""{ "id": "3", "paidAt": "2026-03-09T10:00:00Z", "subtotalExclTax": 200, "total": 200 }""")
            .Order("""{ "id": "4", "paidAt": "2026-03-20T10:00:00Z", "subtotalExclTax": 400, "total": 400 }""");

    [Test]
    public void Period_cap_Month_100_at_10_percent_pays_600_300_200_as_60_30_then_the_10_left_and_a_fourth_order_nothing()
    {
        var result = FourMarchOrders(TenPercentMonthCap100).Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 60.00", "#2 ann Direct 30.00", "#3 ann Direct 10.00" }));
    }

    [Test]
    public void Period_cap_entry_that_reaches_the_cap_explains_the_cut()
    {
        var entry = FourMarchOrders(TenPercentMonthCap100).Run().Entries.Single(e => e.OrderId == "3");

        Assert.That(entry.Explanation(), Is.EqualTo(
            "PercentOfOrder: 200.00 × 10% = 20.00; Month cap 100.00 for 2026-03 with 90.00 already paid leaves 10.00 = 10.00 " +
            "on NetSales 200.00 of order #3"));
    }

    [Test]
    public void Period_cap_counts_orders_paid_at_the_same_instant_by_order_id()
    {
        // Both paid at one instant after 90.00 is written: order 7 (before order 12 by id) takes the 10.00 left.
        var result = ScenarioBuilder.Default()
            .Program(TenPercentMonthCap100)
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 900, "total": 900 }""")
            .Order("""{ "id": "12", "paidAt": "2026-03-09T10:00:00Z", "subtotalExclTax": 300, "total": 300 }""")
            .Order("""{ "id": "7", "paidAt": "2026-03-09T10:00:00Z", "subtotalExclTax": 300, "total": 300 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 90.00", "#7 ann Direct 10.00" }));
    }

    [Test]
    public void Period_cap_room_is_not_freed_by_a_clawback_or_a_reversal()
    {
        // 60 + 30 written; order 1 refunded in full and order 2 voided: 10.00 is still all that is left for order 3.
        var result = FourMarchOrders(TenPercentMonthCap100)
            .Refund("1", "2026-03-03", 600m)
            .Event("void", "2", "2026-03-06")
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Direct), Is.EqualTo(new[] { 60.00m, 30.00m, 10.00m }));
    }

    [Test]
    public void Period_cap_starts_afresh_in_the_next_calendar_period()
    {
        var result = FourMarchOrders(TenPercentMonthCap100)
            .Order("""{ "id": "4", "paidAt": "2026-04-01T00:00:00Z", "subtotalExclTax": 400, "total": 400 }""")
            .Run();

        Assert.That(result.LinesWithOrder().Last(), Is.EqualTo("#4 ann Direct 40.00"));
    }

    [Test]
    public void Period_cap_is_per_beneficiary_so_each_co_seller_has_the_whole_cap()
    {
        // 50/50 on 1600 at 10%: 80.00 each; then 50/50 on 600: 30.00 each but only 20.00 left each.
        var result = ScenarioBuilder.Default()
            .Staff("""{ "id": "bob" }""")
            .Client("""{ "id": "c1", "owners": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Program(TenPercentMonthCap100)
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 1600, "total": 1600 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-05T10:00:00Z", "subtotalExclTax": 600, "total": 600 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[]
        {
            "#1 ann Direct 80.00", "#1 bob Direct 80.00", "#2 ann Direct 20.00", "#2 bob Direct 20.00"
        }));
    }

    [Test]
    public void Period_cap_also_caps_a_partners_direct_entries()
    {
        var result = FourMarchOrders(
                """{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "beneficiaries": { "allPartners": true }, "capPerPeriod": { "window": "Quarter", "amount": 100 } }""")
            .Partner("""{ "id": "acme", "clientIds": ["c1"] }""")
            .Run();

        Assert.That(result.Amounts("acme", EntryKind.Direct), Is.EqualTo(new[] { 60.00m, 30.00m, 10.00m }));
    }

    [Test]
    public void Cap_per_order_250_cuts_a_10_percent_entry_of_500_on_5000_to_250()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "capPerOrder": 250 }""")
            .Order("""{ "id": "1", "subtotalExclTax": 5000, "total": 5000 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-03T10:00:00Z", "subtotalExclTax": 2000, "total": 2000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 250.00", "#2 ann Direct 200.00" }));
    }

    [Test]
    public void Cap_per_order_applies_to_each_members_share_after_split()
    {
        // 5000 at 10% = 500; 70% → 350 capped at 250.00, 30% → 150.00 under the cap.
        var result = ScenarioBuilder.Default()
            .Staff("""{ "id": "bob" }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "capPerOrder": 250 }""")
            .Order("""{ "subtotalExclTax": 5000, "total": 5000, "sellers": [ { "staffId": "ann", "split": 70 }, { "staffId": "bob", "split": 30 } ] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 250.00", "bob Direct 150.00" }));
    }

    [Test]
    public void Cap_per_order_applies_after_the_accelerator_250_capped_at_220()
    {
        // The accelerator worked example (8000 before a 10000 target; 4000 @5% = 200 + 50 = 250) capped at 220 per order.
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "capPerOrder": 220, "accelerator": { "thresholdPercent": 100, "factor": 1.5 } }""")
            .Target("""{ "staffId": "ann", "window": "Month", "startDate": "2026-03-01", "amount": 10000 }""")
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 8000, "total": 8000 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 4000, "total": 4000 }""")
            .Run();

        var entry = result.Entries.Single(e => e.OrderId == "2");
        Assert.That((result.Amounts("ann", EntryKind.Direct), entry.Explanation()), Is.EqualTo((new[] { 220.00m, 220.00m },
            "PercentOfOrder: 4000.00 × 5% = 200.00; accelerator ×1.5 on 2000.00 of 4000.00 above 100% of target 10000.00: " +
            "0.5 × 200.00 × 2000.00/4000.00 = 50.00; 200.00 + 50.00 = 250.00; capped at 220.00 per order = 220.00 " +
            "on NetSales 4000.00 of order #2")));
    }

    [Test]
    public void Cap_per_order_is_applied_before_rounding_so_a_cap_of_10_005_pays_10_01()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "capPerOrder": 10.005 }""")
            .Order("""{ "subtotalExclTax": 500, "total": 500 }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 10.01" }));
    }

    [Test]
    public void Both_caps_take_the_per_order_cap_first_then_the_room_left_in_the_period()
    {
        // 10%, capPerOrder 45, Month cap 100: 600 → 60 → 45.00; 600 → 45.00; 600 → 45 but 10.00 left.
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "capPerOrder": 45, "capPerPeriod": { "window": "Month", "amount": 100 } }""")
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 600, "total": 600 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-03T10:00:00Z", "subtotalExclTax": 600, "total": 600 }""")
            .Order("""{ "id": "3", "paidAt": "2026-03-04T10:00:00Z", "subtotalExclTax": 600, "total": 600 }""")
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Direct), Is.EqualTo(new[] { 45.00m, 45.00m, 10.00m }));
    }

    [Test]
    public void Override_of_commission_follows_the_capped_entry_and_override_of_sales_is_not_capped()
    {
        // Order 3 of 200: ann's 20.00 is cut to 10.00 → OfCommission 10% = 1.00; OfSales 1% of 200 = 2.00.
        // Order 4 of 400: ann gets nothing → no OfCommission override; OfSales 1% of 400 = 4.00 is still paid.
        var result = FourMarchOrders(
                """{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "capPerPeriod": { "window": "Month", "amount": 100 }, "hierarchy": [ { "level": 1, "percent": 10, "base": "OfCommission" }, { "level": 2, "percent": 1, "base": "OfSales" } ] }""")
            .Staff("""{ "id": "ann", "managerId": "mia" }""")
            .Staff("""{ "id": "mia", "managerId": "max" }""")
            .Staff("""{ "id": "max" }""")
            .Run();

        Assert.That(result.LinesWithOrder().Where(l => l.StartsWith("#3") || l.StartsWith("#4")), Is.EqualTo(new[]
        {
            "#3 ann Direct 10.00", "#3 mia Override L1 1.00", "#3 max Override L2 2.00", "#4 max Override L2 4.00"
        }));
    }

    [Test]
    public void Stacking_is_decided_before_the_cap_so_a_capped_out_program_still_wins_over_a_lower_priority_one()
    {
        var result = FourMarchOrders(TenPercentMonthCap100)
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 10, "priority": 5, "capPerPeriod": { "window": "Month", "amount": 100 } }""")
            .Program("""{ "id": "p2", "type": "PercentOfOrder", "rate": 1 }""")
            .Run();

        Assert.That(result.ProgramLines(), Is.EqualTo(new[] { "ann p1 60.00", "ann p1 30.00", "ann p1 10.00" }));
    }

    [Test]
    public void Capped_order_still_adds_to_the_period_ladder_total_1200_then_100_pays_20()
    {
        // Month ladder 0–1000 @10%, 1000+ @20%, capPerOrder 70: 1200 → F(1200) = 140 → 70.00; the period total is 1200,
        // so 100 more → F(1300) − F(1200) = 20.00 (not 10.00 as if the capped order had not counted).
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "Ladder", "capPerOrder": 70, "ladder": { "mode": "Marginal", "window": "Month", "bands": [ { "from": 0, "rate": 10 }, { "from": 1000, "rate": 20 } ] } }""")
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 1200, "total": 1200 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-03T10:00:00Z", "subtotalExclTax": 100, "total": 100 }""")
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Direct), Is.EqualTo(new[] { 70.00m, 20.00m }));
    }

    [Test]
    public void Order_capped_to_nothing_still_adds_to_the_period_ladder_total_so_march_100_pays_40()
    {
        // Quarter ladder 0–1000 @10%, 1000–1500 @20%, 1500+ @40%, Month cap 50. February: 1000 → F(1000) = 100 → 50.00;
        // 500 → F(1500) − F(1000) = 100 → nothing (February's cap is reached), yet the quarter total becomes 1500.
        // March: 100 → F(1600) − F(1500) = 40.00 (20.00 had the capped order not counted).
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "Ladder", "capPerPeriod": { "window": "Month", "amount": 50 }, "ladder": { "mode": "Marginal", "window": "Quarter", "bands": [ { "from": 0, "rate": 10 }, { "from": 1000, "rate": 20 }, { "from": 1500, "rate": 40 } ] } }""")
            .Order("""{ "id": "1", "paidAt": "2026-02-02T10:00:00Z", "subtotalExclTax": 1000, "total": 1000 }""")
            .Order("""{ "id": "2", "paidAt": "2026-02-03T10:00:00Z", "subtotalExclTax": 500, "total": 500 }""")
            .Order("""{ "id": "3", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 100, "total": 100 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 50.00", "#3 ann Direct 40.00" }));
    }

    [Test]
    public void Planner_names_the_cap_periods_it_reads_and_leaves_the_10_00_the_host_says_is_left()
    {
        var program = new ProgramTerms
        {
            Id = "p1", Type = ProgramType.PercentOfOrder, Rate = 10m, CapPerPeriod = new PeriodCap(LadderWindow.Month, 100m)
        };
        var setup = new CommissionSetup(StackingPolicy.HighestPriority, [new StaffMember("ann", null)], [],
            [new Client("c1", [], [new StaffShare("ann", 100m)])], [], [], [program]);
        var paidAt = new DateTime(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc);
        var order = new OrderSnapshot("3", "c1", "1", null, paidAt, null, 200m, 0m, 0m, 200m, [new OrderLine("P1", 1, 200m, 0m)]);
        var march = new CapKey("p1", BeneficiaryType.Staff, "ann", LadderWindow.Month, new DateOnly(2026, 3, 1));

        var needs = PaidOrderPlanner.Needs(setup, order);
        var plan = PaidOrderPlanner.Plan(setup, order, 3, _ => 0m, null, key => key == march ? 90m : 0m);

        Assert.That((needs.CapKeys.Single(), plan.Entries.Single().Amount), Is.EqualTo((march, 10.00m)));
    }

    [Test]
    public void Sample_caps_pays_60_30_10_under_the_month_cap_and_150_then_80_under_the_cap_per_order_and_the_ladder_top()
    {
        // ann (p1, Month cap 100): 60, 30, 10 (order 1's full refund frees no room), order 4 nothing.
        // bob (p2, Month ladder topped at 8000, 150 per order): 6000 → 160 capped at 150; 3000 → F(8000) − F(6000) = 80; 1000 → nothing.
        var json = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", "caps.json"));

        var result = ScenarioBuilder.RunDocument(json);

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[]
        {
            "#1 ann Direct 60.00", "#1 mia Override L1 6.00",
            "#5 bob Direct 150.00", "#5 mia Override L1 15.00",
            "#2 ann Direct 30.00", "#2 mia Override L1 3.00",
            "#1 ann Clawback -60.00", "#1 mia Clawback L1 -6.00",
            "#3 ann Direct 10.00", "#3 mia Override L1 1.00",
            "#6 bob Direct 80.00", "#6 mia Override L1 8.00"
        }));
    }
}
