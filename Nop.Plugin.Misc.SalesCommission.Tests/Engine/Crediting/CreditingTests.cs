using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Crediting;

/// <summary>
/// Rules §2: the seller is the explicit assignment, else the client's owners, else the staff of the client's
/// first group that has staff, else nobody; splits share the order; partners are credited independently, in full.
/// </summary>
[TestFixture]
public sealed class CreditingTests
{
    private const string FivePercent = """{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""";

    private static ScenarioBuilder Team() =>
        ScenarioBuilder.Default()
            .Staff("""{ "id": "bob" }""")
            .Staff("""{ "id": "cat" }""")
            .Group("""{ "id": "Wholesale", "staff": [ { "staffId": "bob", "split": 100 } ] }""")
            .Program(FivePercent);

    [Test]
    public void Explicit_sellers_on_the_order_win_over_the_client_owners()
    {
        var result = Team()
            .Client("""{ "id": "c1", "groups": ["Wholesale"], "owners": [ { "staffId": "ann", "split": 100 } ] }""")
            .Order("""{ "sellers": [ { "staffId": "cat", "split": 100 } ] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "cat Direct 25.00" }));
    }

    [Test]
    public void Client_owners_win_over_the_group_staff()
    {
        var result = Team()
            .Client("""{ "id": "c1", "groups": ["Wholesale"], "owners": [ { "staffId": "ann", "split": 100 } ] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00" }));
    }

    [Test]
    public void Group_staff_are_credited_when_the_client_has_no_owner()
    {
        var result = Team()
            .Client("""{ "id": "c1", "groups": ["Wholesale"] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "bob Direct 25.00" }));
    }

    [Test]
    public void First_group_with_staff_in_the_top_level_groups_list_wins()
    {
        var result = ScenarioBuilder.Default()
            .Staff("""{ "id": "bob" }""")
            .Staff("""{ "id": "cat" }""")
            .Group("""{ "id": "Empty", "staff": [] }""")
            .Group("""{ "id": "Wholesale", "staff": [ { "staffId": "bob", "split": 100 } ] }""")
            .Group("""{ "id": "Retail", "staff": [ { "staffId": "cat", "split": 100 } ] }""")
            .Client("""{ "id": "c1", "groups": ["Retail", "Empty", "Wholesale"] }""")
            .Program(FivePercent)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "bob Direct 25.00" }));
    }

    [Test]
    public void Order_nobody_is_credited_for_is_listed_as_uncredited_and_earns_no_staff_commission()
    {
        var result = Team()
            .Client("""{ "id": "c1" }""")
            .Run();

        Assert.That((result.Entries.Count, result.UncreditedOrders), Is.EqualTo((0, new[] { "1042" })));
    }

    [Test]
    public void Split_pays_each_credited_member_their_share_of_the_whole_order_commission()
    {
        var result = Team()
            .Client("""{ "id": "c1", "owners": [ { "staffId": "ann", "split": 70 }, { "staffId": "bob", "split": 30 } ] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 17.50", "bob Direct 7.50" }));
    }

    [Test]
    public void Split_of_a_per_order_ladder_is_the_share_of_the_ladder_on_the_whole_order()
    {
        var result = Team()
            .Program("""
                { "id": "p1", "type": "Ladder", "ladder": { "mode": "Marginal",
                  "bands": [ { "from": 0, "rate": 2 }, { "from": 3000, "rate": 3 }, { "from": 5000, "rate": 4 } ] } }
                """)
            .Order("""{ "subtotalExclTax": 5525, "sellers": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 70.50", "bob Direct 70.50" }));
    }

    [Test]
    public void Split_of_a_period_ladder_adds_the_member_share_to_their_period_total()
    {
        var result = Team()
            .Program("""
                { "id": "p1", "type": "Ladder", "ladder": { "mode": "WholeAmount", "window": "Month",
                  "bands": [ { "from": 0, "rate": 2 }, { "from": 10000, "rate": 3 } ] } }
                """)
            .Order("""{ "id": "A", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 12000, "sellers": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Order("""{ "id": "B", "paidAt": "2026-03-03T10:00:00Z", "subtotalExclTax": 5000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#A ann Direct 120.00", "#A bob Direct 120.00", "#B ann Direct 210.00" }));
    }

    [Test]
    public void Partner_of_the_order_affiliate_is_credited_in_full_besides_the_staff()
    {
        var result = Team()
            .Partner("""{ "id": "acme", "affiliateId": "aff1" }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "beneficiaries": { "allPartners": true } }""")
            .Client("""{ "id": "c1", "owners": [ { "staffId": "ann", "split": 70 }, { "staffId": "bob", "split": 30 } ] }""")
            .Order("""{ "affiliateId": "aff1" }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 17.50", "bob Direct 7.50", "acme Direct 25.00" }));
    }

    [Test]
    public void Partner_linked_to_the_order_client_is_credited()
    {
        var result = Team()
            .Partner("""{ "id": "acme", "clientIds": ["c1"] }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "beneficiaries": { "staff": ["cat"], "allPartners": true } }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "acme Direct 25.00" }));
    }

    [Test]
    public void Partner_credited_both_by_affiliate_and_by_client_is_credited_once()
    {
        var result = Team()
            .Partner("""{ "id": "acme", "affiliateId": "aff1", "clientIds": ["c1"] }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "beneficiaries": { "staff": ["cat"], "allPartners": true } }""")
            .Order("""{ "affiliateId": "aff1" }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "acme Direct 25.00" }));
    }

    [Test]
    public void Partner_is_paid_on_an_order_no_staff_member_is_credited_for()
    {
        var result = Team()
            .Client("""{ "id": "c1" }""")
            .Partner("""{ "id": "acme", "affiliateId": "aff1" }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "beneficiaries": { "allPartners": true } }""")
            .Order("""{ "affiliateId": "aff1" }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "acme Direct 25.00" }));
    }

    [Test]
    public void Crediting_policy_names_the_step_that_credited_the_staff()
    {
        var read = Team()
            .Client("""{ "id": "c1", "groups": ["Wholesale"] }""")
            .Read();
        var scenario = read.Scenario!;

        var credit = CreditingPolicy.Credit(scenario.Orders[0], scenario.Setup);

        Assert.That((credit.Source, credit.Staff), Is.EqualTo((CreditSource.ClientGroup, new[] { new StaffShare("bob", 100m) })));
    }
}
