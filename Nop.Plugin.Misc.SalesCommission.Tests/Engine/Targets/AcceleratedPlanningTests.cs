using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Targets;

/// <summary>
/// Rules §7 worked example, through the paid-order planner: ann's target is 10000 for March 2026, her 5% program has
/// an accelerator of ×1.5 above 100% of it, and 8000 is credited before the order.
/// </summary>
[TestFixture]
public sealed class AcceleratedPlanningTests
{
    private static readonly DateTime PaidAt = new(2026, 3, 20, 10, 0, 0, DateTimeKind.Utc);

    private static readonly SalesTarget AnnsMarch = SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, new DateOnly(2026, 3, 1), 10000m);

    private static CommissionSetup Setup(Accelerator? accelerator, IReadOnlyList<ClientGroup>? groups = null) =>
        new(StackingPolicy.HighestPriority,
            [new StaffMember("ann", null), new StaffMember("bob", null)],
            [],
            [new Client("c1", groups is null ? [] : ["g1"], groups is null ? [new StaffShare("ann", 100m)] : [])],
            groups ?? [],
            [],
            [new CommissionProgram { Id = "p1", Type = ProgramType.PercentOfOrder, Rate = 5m, Accelerator = accelerator }]);

    private static OrderSnapshot Order(decimal netSales) =>
        new("1", "c1", "1", null, PaidAt, null, netSales, 0m, 0m, netSales, [new OrderLine("P1", 1, netSales, 0m)]);

    private static LedgerEntry Direct(CommissionSetup setup, decimal netSales, TargetProgress? targets) =>
        PaidOrderPlanner.Plan(setup, Order(netSales), 1, _ => 0m, targets).Entries.Single(e => e.Kind == EntryKind.Direct);

    [Test]
    public void The_part_of_an_order_above_the_target_pays_one_and_a_half_times()
    {
        var entry = Direct(Setup(new Accelerator(100m, 1.5m)), 4000m, new TargetProgress([AnnsMarch], _ => 8000m));

        Assert.That(entry.Amount, Is.EqualTo(250.00m), entry.Explanation);
        Assert.That(entry.Explanation, Does.Contain("accelerator ×1.5"));
    }

    [Test]
    public void An_order_entirely_above_the_target_pays_one_and_a_half_times_in_full() =>
        Assert.That(Direct(Setup(new Accelerator(100m, 1.5m)), 4000m, new TargetProgress([AnnsMarch], _ => 12000m)).Amount, Is.EqualTo(300.00m));

    [Test]
    public void An_order_still_below_the_threshold_pays_the_plain_rate() =>
        Assert.That(Direct(Setup(new Accelerator(100m, 1.5m)), 1000m, new TargetProgress([AnnsMarch], _ => 2000m)).Amount, Is.EqualTo(50.00m));

    [Test]
    public void A_program_without_an_accelerator_ignores_targets() =>
        Assert.That(Direct(Setup(null), 4000m, new TargetProgress([AnnsMarch], _ => 12000m)).Amount, Is.EqualTo(200.00m));

    [Test]
    public void A_target_of_another_period_does_not_accelerate()
    {
        var april = SalesTarget.ForStaff("t2", "ann", LadderWindow.Month, new DateOnly(2026, 4, 1), 10000m);

        Assert.That(Direct(Setup(new Accelerator(100m, 1.5m)), 4000m, new TargetProgress([april], _ => 12000m)).Amount, Is.EqualTo(200.00m));
    }

    [Test]
    public void A_team_quota_of_the_client_group_accelerates_its_staff()
    {
        var groups = new[] { new ClientGroup("g1", [new StaffShare("ann", 50m), new StaffShare("bob", 50m)]) };
        var team = SalesTarget.ForGroup("t3", "g1", LadderWindow.Month, new DateOnly(2026, 3, 1), 10000m);

        //each of ann and bob is credited 2000 of the 4000 order, all of it above the team's 12000 so far: 100 × 1.5
        var entries = PaidOrderPlanner.Plan(Setup(new Accelerator(100m, 1.5m), groups), Order(4000m), 1, _ => 0m,
            new TargetProgress([team], _ => 12000m)).Entries.Where(e => e.Kind == EntryKind.Direct).ToList();

        Assert.That(entries.Select(e => (e.BeneficiaryId, e.Amount)), Is.EquivalentTo(new[] { ("ann", 150.00m), ("bob", 150.00m) }));
    }
}
