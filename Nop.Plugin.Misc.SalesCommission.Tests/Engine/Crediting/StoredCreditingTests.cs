using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Crediting;

/// <summary>
/// Rules §2 and §5: an order's crediting (sellers and splits, partners, the manager chain of its overrides) is decided
/// when it is paid and kept; a recalculation plans with it unless the manager asks to credit again with today's
/// assignments.
/// </summary>
[TestFixture]
public sealed class StoredCreditingTests
{
    private static readonly DateTime PaidAt = new(2026, 10, 10, 10, 0, 0, DateTimeKind.Utc);

    private static readonly ProgramTerms FivePercent = new()
    {
        Id = "p1", Type = ProgramType.PercentOfOrder, Rate = 5m,
        Hierarchy = [new OverrideLevel(1, 20m, OverrideBase.OfCommission)]
    };

    /// <summary>Ann (managed by Bob) owned client c1 when the order was paid.</summary>
    private static CommissionSetup WhenPaid() =>
        new(StackingPolicy.All, [new StaffMember("ann", "bob"), new StaffMember("bob", null), new StaffMember("dan", "eve"), new StaffMember("eve", null)],
            [], [new Client("c1", [], [new StaffShare("ann", 100m)])], [], [], [FivePercent]);

    /// <summary>Since then c1 was reassigned to Dan (managed by Eve), and Ann's manager is Eve.</summary>
    private static CommissionSetup Today() =>
        new(StackingPolicy.All, [new StaffMember("ann", "eve"), new StaffMember("bob", null), new StaffMember("dan", "eve"), new StaffMember("eve", null)],
            [], [new Client("c1", [], [new StaffShare("dan", 100m)])], [], [], [FivePercent]);

    private static OrderSnapshot Order() => new("1", "c1", "1", null, PaidAt, null, 500m, 0m, 0m, 540m, []);

    private static string[] Lines(PaidOrderPlan plan) =>
        plan.Entries.Select(entry => $"{entry.BeneficiaryId} {entry.Kind} {entry.Amount:0.00}").ToArray();

    [Test]
    public void An_order_with_stored_crediting_is_planned_with_it_not_with_todays_assignments()
    {
        var stored = CreditingPolicy.Credit(Order(), WhenPaid());

        var choice = CreditingChoice.Choose(stored, creditAgain: false, Order(), Today());

        Assert.That((choice.Credit, choice.Store), Is.EqualTo((stored, false)));
    }

    [Test]
    public void Crediting_again_takes_todays_assignments_and_keeps_them()
    {
        var stored = CreditingPolicy.Credit(Order(), WhenPaid());

        var choice = CreditingChoice.Choose(stored, creditAgain: true, Order(), Today());

        Assert.That((choice.Credit.Staff.Single().StaffId, choice.Store), Is.EqualTo(("dan", true)));
    }

    [Test]
    public void An_order_paid_before_crediting_was_kept_is_credited_from_todays_assignments_and_that_crediting_is_kept()
    {
        var choice = CreditingChoice.Choose(null, creditAgain: false, Order(), Today());

        Assert.That((choice.Credit.Staff.Single().StaffId, choice.Store), Is.EqualTo(("dan", true)));
    }

    [Test]
    public void The_stored_crediting_pays_the_seller_and_the_manager_chain_of_the_day_it_was_paid()
    {
        var stored = CreditingPolicy.Credit(Order(), WhenPaid());

        var plan = PaidOrderPlanner.Plan(Today(), Order(), 1, _ => 0m, credit: stored);

        Assert.That(Lines(plan), Is.EqualTo(new[] { "ann Direct 25.00", "bob Override 5.00" }));
    }

    [Test]
    public void Without_stored_crediting_the_plan_follows_todays_owner_and_managers()
    {
        var plan = PaidOrderPlanner.Plan(Today(), Order(), 1, _ => 0m);

        Assert.That(Lines(plan), Is.EqualTo(new[] { "dan Direct 25.00", "eve Override 5.00" }));
    }

    [Test]
    public void A_credited_sellers_manager_chain_runs_up_the_hierarchy_until_the_first_missing_manager()
    {
        var credit = CreditingPolicy.Credit(Order(), WhenPaid());

        Assert.That(credit.ManagersOf("ann"), Is.EqualTo(new[] { "bob" }));
    }

    [Test]
    public void A_manager_chain_with_a_loop_names_each_manager_once()
    {
        var staff = new Dictionary<string, StaffMember>
        {
            ["ann"] = new("ann", "bob"), ["bob"] = new("bob", "cat"), ["cat"] = new("cat", "bob")
        };

        Assert.That(ManagerChain.Of("ann", staff).ManagerIds, Is.EqualTo(new[] { "bob", "cat" }));
    }
}
