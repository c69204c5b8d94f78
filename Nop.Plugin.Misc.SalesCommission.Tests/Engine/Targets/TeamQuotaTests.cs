using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using NUnit.Framework;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Targets;

/// <summary>
/// Rules §7, settled: which target an accelerator measures (an own target covering the paid time, else the first client
/// group in group order that the member is assigned to and that has a quota covering it), and a team quota's figures —
/// <c>before</c> and <c>base</c> are the team's, and every credited teammate on one order is accelerated by the same share.
/// </summary>
[TestFixture]
public sealed class TeamQuotaTests
{
    private const string Accelerated5Percent =
        """{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "accelerator": { "thresholdPercent": 100, "factor": 1.5 } }""";

    private const string TeamQ1Quota30000 = """{ "groupId": "Wholesale", "window": "Quarter", "startDate": "2026-01-01", "amount": 30000 }""";

    /// <summary>ann and bob staff group Wholesale; c2 is bob's client; 16000 credited to the team (ann) in Q1 before the order under test.</summary>
    private static ScenarioBuilder TeamAt16000() =>
        ScenarioBuilder.Default()
            .Staff("""{ "id": "bob" }""")
            .Group("""{ "id": "Wholesale", "staff": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Client("""{ "id": "c2", "owners": [ { "staffId": "bob", "split": 100 } ] }""")
            .Program(Accelerated5Percent)
            .Target(TeamQ1Quota30000)
            .Order("""{ "id": "1", "paidAt": "2026-02-02T10:00:00Z", "subtotalExclTax": 16000, "total": 16000 }""");

    [Test]
    public void Own_target_10000_with_8000_before_pays_4000_at_5_percent_as_250_then_the_next_4000_as_300()
    {
        var result = ScenarioBuilder.Default()
            .Program(Accelerated5Percent)
            .Target("""{ "staffId": "ann", "window": "Month", "startDate": "2026-03-01", "amount": 10000 }""")
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 8000, "total": 8000 }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 4000, "total": 4000 }""")
            .Order("""{ "id": "3", "paidAt": "2026-03-20T10:00:00Z", "subtotalExclTax": 4000, "total": 4000 }""")
            .Run();

        Assert.That(result.Amounts("ann", EntryKind.Direct), Is.EqualTo(new[] { 400.00m, 250.00m, 300.00m }));
    }

    [Test]
    public void Team_quota_30000_with_16000_before_pays_bobs_20000_at_5_percent_as_1150()
    {
        var result = TeamAt16000()
            .Order("""{ "id": "2", "clientId": "c2", "paidAt": "2026-03-25T10:00:00Z", "subtotalExclTax": 20000, "total": 20000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#1 ann Direct 800.00", "#2 bob Direct 1150.00" }));
    }

    [Test]
    public void Teammates_50_50_on_a_20000_order_with_the_team_at_16000_of_30000_are_each_paid_575()
    {
        // Team before 16000, team base 20000 (10000 + 10000), 6000 above 30000: each 500 + 0.5 × 500 × 6000/20000 = 575.00.
        var result = TeamAt16000()
            .Order("""{ "id": "2", "paidAt": "2026-03-25T10:00:00Z", "subtotalExclTax": 20000, "total": 20000, "sellers": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Run();

        Assert.That(result.LinesWithOrder().Where(l => l.StartsWith("#2")), Is.EqualTo(new[] { "#2 ann Direct 575.00", "#2 bob Direct 575.00" }));
    }

    [Test]
    public void Teammates_share_of_the_team_order_above_the_quota_is_explained_with_the_team_figures()
    {
        var entry = TeamAt16000()
            .Order("""{ "id": "2", "paidAt": "2026-03-25T10:00:00Z", "subtotalExclTax": 20000, "total": 20000, "sellers": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Run()
            .Entries.Single(e => e is { OrderId: "2", BeneficiaryId: "bob" });

        Assert.That(entry.Explanation(), Is.EqualTo(
            "PercentOfOrder: 20000.00 × 5% × 50% share = 500.00; accelerator ×1.5 on 6000.00 of 20000.00 above 100% of target 30000.00: " +
            "0.5 × 500.00 × 6000.00/20000.00 = 75.00; 500.00 + 75.00 = 575.00 on NetSales 20000.00 of order #2"));
    }

    [Test]
    public void Team_base_counts_a_credited_co_seller_outside_the_group_out()
    {
        // zoe is not staff of Wholesale: the team's base is bob's 10000 only; team 16000 → 26000 stays below 30000.
        var result = TeamAt16000()
            .Staff("""{ "id": "zoe" }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-25T10:00:00Z", "subtotalExclTax": 20000, "total": 20000, "sellers": [ { "staffId": "zoe", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Run();

        Assert.That(result.LinesWithOrder().Where(l => l.StartsWith("#2")), Is.EqualTo(new[] { "#2 zoe Direct 500.00", "#2 bob Direct 500.00" }));
    }

    [Test]
    public void Own_target_for_another_period_does_not_block_the_team_quota()
    {
        // bob's own target is for April; in March his team's Q1 quota measures him: 1150.00 as in the team example.
        var result = TeamAt16000()
            .Target("""{ "staffId": "bob", "window": "Month", "startDate": "2026-04-01", "amount": 1000 }""")
            .Order("""{ "id": "2", "clientId": "c2", "paidAt": "2026-03-25T10:00:00Z", "subtotalExclTax": 20000, "total": 20000 }""")
            .Run();

        Assert.That(result.Amounts("bob", EntryKind.Direct), Is.EqualTo(new[] { 1150.00m }));
    }

    [Test]
    public void Own_target_covering_the_paid_time_wins_over_the_team_quota()
    {
        // bob's own March target of 100000 is far from reached: not accelerated although the team is above its quota.
        var result = TeamAt16000()
            .Target("""{ "staffId": "bob", "window": "Month", "startDate": "2026-03-01", "amount": 100000 }""")
            .Order("""{ "id": "2", "clientId": "c2", "paidAt": "2026-03-25T10:00:00Z", "subtotalExclTax": 20000, "total": 20000 }""")
            .Run();

        Assert.That(result.Amounts("bob", EntryKind.Direct), Is.EqualTo(new[] { 1000.00m }));
    }

    [Test]
    public void First_group_in_group_order_with_a_covering_quota_wins_whatever_order_the_targets_are_listed_in()
    {
        // bob staffs Retail (listed first) and Wholesale; Retail's quota is listed after Wholesale's but wins.
        var result = ScenarioBuilder.Default()
            .Staff("""{ "id": "bob" }""")
            .Group("""{ "id": "Retail", "staff": [ { "staffId": "bob", "split": 100 } ] }""")
            .Group("""{ "id": "Wholesale", "staff": [ { "staffId": "bob", "split": 100 } ] }""")
            .Client("""{ "id": "c2", "owners": [ { "staffId": "bob", "split": 100 } ] }""")
            .Program(Accelerated5Percent)
            .Target("""{ "groupId": "Wholesale", "window": "Quarter", "startDate": "2026-01-01", "amount": 1000000 }""")
            .Target("""{ "groupId": "Retail", "window": "Quarter", "startDate": "2026-01-01", "amount": 1000 }""")
            .Order("""{ "id": "2", "clientId": "c2", "paidAt": "2026-03-25T10:00:00Z", "subtotalExclTax": 2000, "total": 2000 }""")
            .Run();

        // Retail: 0 before, 2000 base, 1000 above → 100 + 0.5 × 100 × 1000/2000 = 125.00.
        Assert.That(result.Amounts("bob", EntryKind.Direct), Is.EqualTo(new[] { 125.00m }));
    }

    [Test]
    public void Group_without_a_quota_covering_the_paid_time_is_passed_over_for_the_next_group()
    {
        var retail = SalesTarget.ForGroup("r", "Retail", LadderWindow.Month, new DateOnly(2026, 4, 1), 1000m);
        var wholesale = SalesTarget.ForGroup("w", "Wholesale", LadderWindow.Quarter, new DateOnly(2026, 1, 1), 1000m);
        var setup = new CommissionSetup(StackingPolicy.HighestPriority, [new StaffMember("bob", null)], [], [],
            [new ClientGroup("Retail", [new StaffShare("bob", 100m)]), new ClientGroup("Wholesale", [new StaffShare("bob", 100m)])],
            [], [], [retail, wholesale]);

        Assert.That(setup.TargetOf("bob", new DateTime(2026, 3, 25, 10, 0, 0, DateTimeKind.Utc)), Is.SameAs(wholesale));
    }
}
