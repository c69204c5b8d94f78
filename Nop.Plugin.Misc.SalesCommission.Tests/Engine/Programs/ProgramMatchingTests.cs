using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>Rules §3: scope (stores, groups, clients), validity dates, the active flag and stacking per beneficiary.</summary>
[TestFixture]
public sealed class ProgramMatchingTests
{
    private static ScenarioBuilder ThreeClients() =>
        ScenarioBuilder.Default()
            .Group("""{ "id": "Wholesale" }""")
            .Client("""{ "id": "c1", "groups": ["Wholesale"], "owners": [ { "staffId": "ann", "split": 100 } ] }""")
            .Client("""{ "id": "c2", "owners": [ { "staffId": "ann", "split": 100 } ] }""")
            .Client("""{ "id": "c3", "owners": [ { "staffId": "ann", "split": 100 } ] }""")
            .Order("""{ "id": "1", "clientId": "c1" }""")
            .Order("""{ "id": "2", "clientId": "c2" }""")
            .Order("""{ "id": "3", "clientId": "c3" }""");

    [Test]
    public void Program_scoped_to_other_stores_pays_nothing()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "scope": { "stores": ["2"] } }""")
            .Order("""{ "storeId": "1" }""")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Program_scoped_to_the_order_store_pays()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "scope": { "stores": ["2", "1"] } }""")
            .Order("""{ "storeId": "1" }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00" }));
    }

    [Test]
    public void Program_scoped_to_a_group_pays_only_orders_of_its_clients()
    {
        var result = ThreeClients()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "scope": { "groups": ["Wholesale"] } }""")
            .Run();

        Assert.That(result.PaidOrders(), Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public void Program_scoped_to_a_client_pays_only_that_client_orders()
    {
        var result = ThreeClients()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "scope": { "clients": ["c2"] } }""")
            .Run();

        Assert.That(result.PaidOrders(), Is.EqualTo(new[] { "2" }));
    }

    [Test]
    public void Program_scoped_to_groups_and_clients_pays_a_client_named_or_in_a_named_group()
    {
        var result = ThreeClients()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "scope": { "groups": ["Wholesale"], "clients": ["c3"] } }""")
            .Run();

        Assert.That(result.PaidOrders(), Is.EqualTo(new[] { "1", "3" }));
    }

    [Test]
    public void Program_without_groups_or_clients_applies_to_every_client()
    {
        var result = ThreeClients()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "scope": { "stores": [], "groups": [], "clients": [] } }""")
            .Run();

        Assert.That(result.PaidOrders(), Is.EqualTo(new[] { "1", "2", "3" }));
    }

    [Test]
    public void Program_validity_dates_are_inclusive_and_compared_with_the_paid_date()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "validFrom": "2026-03-02", "validTo": "2026-03-31" }""")
            .Order("""{ "id": "1", "paidAt": "2026-03-01T23:59:59Z" }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-02T00:00:00Z" }""")
            .Order("""{ "id": "3", "paidAt": "2026-03-31T23:59:59Z" }""")
            .Order("""{ "id": "4", "paidAt": "2026-04-01T00:00:00Z" }""")
            .Run();

        Assert.That(result.PaidOrders(), Is.EqualTo(new[] { "2", "3" }));
    }

    [Test]
    public void Inactive_program_pays_nothing()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "active": false }""")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Stacking_highest_priority_pays_only_the_highest_priority_program()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "high", "type": "PercentOfOrder", "rate": 5, "priority": 5 }""")
            .Program("""{ "id": "low", "type": "PercentOfOrder", "rate": 10, "priority": 1 }""")
            .Run();

        Assert.That(result.ProgramLines(), Is.EqualTo(new[] { "ann high 25.00" }));
    }

    [Test]
    public void Stacking_highest_priority_tie_goes_to_the_program_listed_later()
    {
        var result = ScenarioBuilder.Default()
            .Program("""{ "id": "older", "type": "PercentOfOrder", "rate": 5 }""")
            .Program("""{ "id": "newer", "type": "PercentOfOrder", "rate": 10 }""")
            .Program("""{ "id": "lower", "type": "PercentOfOrder", "rate": 20, "priority": -1 }""")
            .Run();

        Assert.That(result.ProgramLines(), Is.EqualTo(new[] { "ann newer 50.00" }));
    }

    [Test]
    public void Stacking_all_pays_every_matching_program()
    {
        var result = ScenarioBuilder.Default()
            .Stacking("All")
            .Program("""{ "id": "high", "type": "PercentOfOrder", "rate": 5, "priority": 5 }""")
            .Program("""{ "id": "low", "type": "PercentOfOrder", "rate": 10, "priority": 1 }""")
            .Run();

        Assert.That(result.ProgramLines(), Is.EquivalentTo(new[] { "ann high 25.00", "ann low 50.00" }));
    }

    [Test]
    public void Stacking_is_decided_per_beneficiary()
    {
        var result = ScenarioBuilder.Default()
            .Staff("""{ "id": "bob" }""")
            .Program("""{ "id": "bob-only", "type": "PercentOfOrder", "rate": 10, "priority": 10, "beneficiaries": { "staff": ["bob"] } }""")
            .Program("""{ "id": "everyone", "type": "PercentOfOrder", "rate": 5 }""")
            .Order("""{ "sellers": [ { "staffId": "ann", "split": 50 }, { "staffId": "bob", "split": 50 } ] }""")
            .Run();

        Assert.That(result.ProgramLines(), Is.EquivalentTo(new[] { "ann everyone 12.50", "bob bob-only 25.00" }));
    }

    [Test]
    public void Program_pays_partners_only_when_it_names_them_or_all_partners()
    {
        var result = ScenarioBuilder.Default()
            .Partner("""{ "id": "acme", "affiliateId": "aff1" }""")
            .Partner("""{ "id": "zeta", "clientIds": ["c1"] }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "beneficiaries": { "staff": ["ann"], "partners": ["zeta"] } }""")
            .Order("""{ "affiliateId": "aff1" }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00", "zeta Direct 25.00" }));
    }
}
