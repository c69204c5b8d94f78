using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Hierarchy;

/// <summary>Rules §3.3: override levels up the seller's manager chain, of the seller's commission or of their sales.</summary>
[TestFixture]
public sealed class OverrideTests
{
    private static ScenarioBuilder Chain() =>
        ScenarioBuilder.Default()
            .Staff("""{ "id": "ann", "managerId": "bob" }""")
            .Staff("""{ "id": "bob", "managerId": "cat" }""")
            .Staff("""{ "id": "cat" }""");

    [Test]
    public void Override_levels_pay_each_manager_up_the_chain_a_percent_of_the_seller_commission()
    {
        var result = Chain()
            .Program("""
                { "id": "p1", "type": "PercentOfOrder", "rate": 5,
                  "hierarchy": [ { "level": 1, "percent": 20, "base": "OfCommission" }, { "level": 2, "percent": 5 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00", "bob Override L1 5.00", "cat Override L2 1.25" }));
    }

    [Test]
    public void Override_chain_stops_at_the_first_missing_manager()
    {
        var result = Chain()
            .Staff("""{ "id": "bob" }""")
            .Program("""
                { "id": "p1", "type": "PercentOfOrder", "rate": 5,
                  "hierarchy": [ { "level": 1, "percent": 20 }, { "level": 2, "percent": 5 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00", "bob Override L1 5.00" }));
    }

    [Test]
    public void Override_of_sales_pays_a_percent_of_the_seller_credited_base()
    {
        var result = Chain()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 1, "percent": 1, "base": "OfSales" } ] }""")
            .Order("""{ "sellers": [ { "staffId": "ann", "split": 60 }, { "staffId": "cat", "split": 40 } ] }""")
            .Run();

        Assert.That(result.Amounts("bob", EntryKind.Override), Is.EqualTo(new[] { 3.00m }));
    }

    [Test]
    public void Override_of_commission_applies_to_the_seller_entry_as_rounded()
    {
        var result = Chain()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 2.5, "hierarchy": [ { "level": 1, "percent": 50 } ] }""")
            .Order("""{ "subtotalExclTax": 5, "total": 5 }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 0.13", "bob Override L1 0.07" }));
    }

    [Test]
    public void Overrides_follow_staff_entries_only_never_partner_entries()
    {
        var result = Chain()
            .Partner("""{ "id": "acme", "affiliateId": "aff1" }""")
            .Program("""
                { "id": "p1", "type": "PercentOfOrder", "rate": 5, "beneficiaries": { "allPartners": true },
                  "hierarchy": [ { "level": 1, "percent": 20 } ] }
                """)
            .Order("""{ "affiliateId": "aff1" }""")
            .Run();

        Assert.That(result.Amounts("bob", EntryKind.Override), Is.EqualTo(new[] { 5.00m }));
    }

    [Test]
    public void Override_entry_records_its_level_and_the_amount_its_percentage_applied_to()
    {
        var result = Chain()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 2, "percent": 5 } ] }""")
            .Run();
        var entry = result.Entries.Single(e => e.Kind == EntryKind.Override);

        Assert.That((entry.BeneficiaryId, entry.Level, entry.Base, entry.Amount), Is.EqualTo(("cat", 2, 25.00m, 1.25m)));
    }

    [Test]
    public void Override_follows_only_the_program_that_paid_the_seller()
    {
        var result = Chain()
            .Program("""{ "id": "low", "type": "PercentOfOrder", "rate": 10, "hierarchy": [ { "level": 1, "percent": 50 } ] }""")
            .Program("""{ "id": "high", "type": "PercentOfOrder", "rate": 5, "priority": 1, "hierarchy": [ { "level": 1, "percent": 20 } ] }""")
            .Run();

        Assert.That(result.ProgramLines(), Is.EqualTo(new[] { "ann high 25.00", "bob high 5.00" }));
    }
}
