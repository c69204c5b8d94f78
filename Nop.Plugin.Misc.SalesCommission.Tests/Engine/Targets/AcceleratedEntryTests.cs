using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Targets;

/// <summary>
/// Rules §7 in the ledger: a program's accelerator raises a staff member's Direct entry for the part of the order
/// above threshold% of the member's target in the target's period; the entry is the commission plus the extra,
/// rounded once, and its explanation shows both.
/// </summary>
[TestFixture]
public sealed class AcceleratedEntryTests
{
    private const string Accelerated5Percent =
        """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "accelerator": { "thresholdPercent": 100, "factor": 1.5 } }""";

    /// <summary>Target 10000 for March; 8000 credited in March before the two orders of 4000 under test.</summary>
    private static ScenarioBuilder WorkedExample(string target = """{ "staffId": "ann", "window": "Month", "startDate": "2026-03-01", "amount": 10000 }""") =>
        ScenarioBuilder.Default()
            .Program(Accelerated5Percent)
            .Target(target)
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 8000, "total": 8000 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 4000, "total": 4000 }""")
            .Order("""{ "id": "3", "paidAt": "2026-03-20T10:00:00Z", "subtotalExclTax": 4000, "total": 4000 }""");

    [Test]
    public void Order_crossing_the_threshold_is_accelerated_on_its_part_above_it()
    {
        // 8000 before; 4000 @5% = 200; 2000 of it above 100% of 10000 → extra 0.5 × 200 × 2000/4000 = 50 → 250.00.
        var result = WorkedExample().Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 400.00", "#2 ann Direct 250.00", "#3 ann Direct 300.00" }));
    }

    [Test]
    public void Accelerated_entry_explains_the_commission_the_extra_and_their_sum_in_one_line()
    {
        var entry = WorkedExample().Run().Entries.Single(e => e.OrderId == "2");

        Assert.That(entry.Explanation(), Is.EqualTo(
            "PercentOfOrder: 4000.00 × 5% = 200.00; accelerator ×1.5 on 2000.00 of 4000.00 above 100% of target 10000.00: " +
            "0.5 × 200.00 × 2000.00/4000.00 = 50.00; 200.00 + 50.00 = 250.00 on NetSales 4000.00 of order #2"));
    }

    [Test]
    public void Order_below_the_threshold_says_how_far_the_period_is_from_it()
    {
        var entry = WorkedExample().Run().Entries.Single(e => e.OrderId == "1");

        Assert.That(entry.Explanation(), Is.EqualTo(
            "PercentOfOrder: 8000.00 × 5% = 400.00 on NetSales 8000.00 of order #1; " +
            "accelerator ×1.5: period base 0.00 → 8000.00 stays below 100% of target 10000.00"));
    }

    [Test]
    public void Credited_sales_before_the_target_period_do_not_count()
    {
        var result = WorkedExample()
            .Order("""{ "id": "1", "paidAt": "2026-02-27T10:00:00Z", "subtotalExclTax": 8000, "total": 8000 }""")
            .Run();

        // Order 1 (February) is outside the March period: order 2 starts it at 4000, order 3 reaches 8000: nothing above.
        Assert.That(result.Amounts("ann", EntryKind.Direct), Is.EqualTo(new[] { 400.00m, 200.00m, 200.00m }));
    }

    [Test]
    public void Program_without_accelerator_ignores_the_target()
    {
        var result = WorkedExample().Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""").Run();

        Assert.That(result.Amounts("ann", EntryKind.Direct), Is.EqualTo(new[] { 400.00m, 200.00m, 200.00m }));
    }

    [Test]
    public void Staff_member_without_target_is_not_accelerated()
    {
        var result = WorkedExample("""{ "staffId": "bob", "window": "Month", "startDate": "2026-03-01", "amount": 100 }""")
            .Staff("""{ "id": "bob" }""")
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Direct), Is.EqualTo(new[] { 400.00m, 200.00m, 200.00m }));
    }

    [Test]
    public void Team_target_sums_the_credited_sales_of_the_groups_staff()
    {
        // Team quota 10000 of group Wholesale (ann and bob): bob's 8000 counts for ann's accelerator.
        var result = ScenarioBuilder.Default()
            .Staff("""{ "id": "bob" }""")
            .Group("""{ "id": "Wholesale", "staff": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Client("""{ "id": "c2", "owners": [ { "staffId": "bob", "split": 100 } ] }""")
            .Program(Accelerated5Percent)
            .Target("""{ "groupId": "Wholesale", "window": "Month", "startDate": "2026-03-01", "amount": 10000 }""")
            .Order("""{ "id": "1", "clientId": "c2", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 8000, "total": 8000 }""")
            .Order("""{ "id": "2", "clientId": "c1", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 4000, "total": 4000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 bob Direct 400.00", "#2 ann Direct 250.00" }));
    }

    [Test]
    public void Split_seller_is_accelerated_on_its_credited_share()
    {
        // Order 3 of 8000 split 50/50 after ann's 12000: her credited 4000 lies wholly above 10000 → 5% × 8000 × 50% = 200,
        // × 1.5 → 300.00; bob has no target → 200.00.
        var result = WorkedExample()
            .Staff("""{ "id": "bob" }""")
            .Order("""{ "id": "3", "paidAt": "2026-03-20T10:00:00Z", "subtotalExclTax": 8000, "total": 8000, "sellers": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Run();

        Assert.That(result.LinesWithOrder().Where(l => l.StartsWith("#3")), Is.EqualTo(new[] { "#3 ann Direct 300.00", "#3 bob Direct 200.00" }));
    }

    [Test]
    public void Override_of_commission_follows_the_accelerated_entry()
    {
        var result = WorkedExample()
            .Staff("""{ "id": "ann", "managerId": "mia" }""")
            .Staff("""{ "id": "mia" }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "accelerator": { "thresholdPercent": 100, "factor": 1.5 }, "hierarchy": [ { "level": 1, "percent": 10 } ] }""")
            .Run();

        Assert.That(result.Amounts("mia", EntryKind.Override), Is.EqualTo(new[] { 40.00m, 25.00m, 30.00m }));
    }

    [Test]
    public void Planner_names_the_targets_it_reads_and_returns_the_credited_sales()
    {
        var target = SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, new DateOnly(2026, 3, 1), 10000m);
        var program = new ProgramTerms
        {
            Id = "p1", Type = ProgramType.PercentOfOrder, Rate = 5m, Accelerator = new Accelerator(100m, 1.5m)
        };
        var setup = new CommissionSetup(StackingPolicy.HighestPriority, [new StaffMember("ann", null)], [],
            [new Client("c1", [], [new StaffShare("ann", 100m)])], [], [], [program], [target]);
        var paidAt = new DateTime(2026, 3, 10, 10, 0, 0, DateTimeKind.Utc);
        var order = new OrderSnapshot("2", "c1", "1", null, paidAt, null, 4000m, 0m, 0m, 4000m, [new OrderLine("P1", 1, 4000m, 0m)]);

        var needs = PaidOrderPlanner.Needs(setup, order);
        var plan = PaidOrderPlanner.Plan(setup, order, 1, _ => 0m, t => t == target ? 8000m : 0m);

        Assert.That((needs.Targets.Single(), plan.Entries.Single().Amount, plan.CreditedSales.Single()),
            Is.EqualTo((target, 250.00m, new CreditedSale("2", "ann", paidAt, 4000m))));
    }

    [Test]
    public void Sample_pays_staff_and_team_accelerators()
    {
        // ann: 8000 below her 10000 March target (400), 4000 crossing it (250), 4000 above it (300, half clawed back);
        // bob: 20000 against the team's Q1 30000 after ann's 16000 → 6000 above → 1000 + 0.5 × 1000 × 6000/20000 = 1150.
        var json = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", "targets-accelerator.json"));

        var result = ScenarioBuilder.RunDocument(json);

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[]
        {
            "#1 ann Direct 400.00", "#1 mia Override L1 40.00",
            "#2 ann Direct 250.00", "#2 mia Override L1 25.00",
            "#3 ann Direct 300.00", "#3 mia Override L1 30.00",
            "#4 bob Direct 1150.00", "#4 mia Override L1 115.00",
            "#3 ann Clawback -150.00", "#3 mia Clawback L1 -15.00"
        }));
    }
}
