using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.SettledReadings;

/// <summary>Rules §9.11, §9.13 and §9.14: event times, one rule per target, ladders that never pay less for more.</summary>
[TestFixture]
public sealed class NewerSettledReadingsTests
{
    private static ScenarioBuilder Shop() =>
        ScenarioBuilder.Default()
            .Product("""{ "id": "P3", "categories": ["Tools"] }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""");

    // §9.11

    [Test]
    public void Reading_11_a_refund_dated_by_day_only_on_the_paid_day_claws_back()
    {
        var result = Shop()
            .Refund("1042", "2026-03-02", 54m)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00", "ann Clawback -2.50" }));
    }

    [Test]
    public void Reading_11_a_date_only_event_applies_after_every_payment_of_its_day()
    {
        var result = Shop()
            .Order("""{ "id": "A", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 100, "total": 100 }""")
            .Order("""{ "id": "B", "paidAt": "2026-03-02T18:00:00Z", "subtotalExclTax": 200, "total": 200 }""")
            .Event("void", "A", "2026-03-02")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#A ann Direct 5.00", "#B ann Direct 10.00", "#A ann Reversal -5.00" }));
    }

    [Test]
    public void Reading_11_an_event_dated_before_its_orders_payment_is_bad_input_naming_its_time()
    {
        var errors = Shop()
            .Refund("1042", "2026-03-02T09:59:59Z", 54m)
            .Event("void", "1042", "2026-03-01")
            .Errors();

        Assert.That(errors, Is.EqualTo(new[]
        {
            "events[0].at: is before order '1042' was paid",
            "events[1].at: is before order '1042' was paid"
        }));
    }

    [Test]
    public void Reading_11_an_explicit_payment_of_an_order_without_paid_at_is_bad_input_naming_its_type()
    {
        var errors = Shop()
            .Order("""{ "id": "1042", "paidAt": null }""")
            .Event("paid", "1042", "2026-03-02")
            .Errors();

        Assert.That(errors, Is.EqualTo(new[] { "events[0].type: order '1042' has no paidAt, so it is never paid" }));
    }

    [Test]
    public void Reading_11_an_explicit_payment_of_a_paid_order_is_a_redelivery_and_writes_nothing()
    {
        var result = Shop()
            .Event("paid", "1042", "2026-03-02T10:00:00Z")
            .Event("paid", "1042", "2026-03-05")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00" }));
    }

    // §9.13

    [Test]
    public void Reading_13_a_second_product_rule_for_one_product_is_bad_input_naming_the_second_rule()
    {
        var errors = ScenarioBuilder.Default()
            .Program("""
                { "id": "p1", "type": "PercentPerProduct", "productRules": [
                    { "productId": "P1", "rate": 5 }, { "categoryId": "Tools", "rate": 3 }, { "productId": "P1", "rate": 7 } ] }
                """)
            .Errors();

        Assert.That(errors, Is.EqualTo(new[]
        {
            "programs[0].productRules[2]: a rule for this product or category comes earlier (one rule per product and per category)"
        }));
    }

    [Test]
    public void Reading_13_a_second_product_rule_for_one_category_is_bad_input()
    {
        var errors = ScenarioBuilder.Default()
            .Program("""
                { "id": "p1", "type": "PercentPerProduct", "productRules": [
                    { "categoryId": "Tools", "rate": 3 }, { "categoryId": "Tools", "fixedPerUnit": 1 } ] }
                """)
            .Errors();

        Assert.That(errors, Has.Count.EqualTo(1).And.Some.StartsWith("programs[0].productRules[1]:"));
    }

    [Test]
    public void Reading_13_overlapping_quantity_bands_of_one_target_are_bad_input_naming_the_second_rule()
    {
        var errors = ScenarioBuilder.Default()
            .Program("""
                { "id": "p1", "type": "PerQuantity", "quantityRules": [
                    { "productId": "P1", "minQty": 1, "maxQty": 9, "perUnit": 1 },
                    { "categoryId": "Tools", "minQty": 5, "perUnit": 1 },
                    { "minQty": 5, "perUnit": 1 },
                    { "productId": "P1", "minQty": 9, "perUnit": 1.5 } ] }
                """)
            .Errors();

        Assert.That(errors, Is.EqualTo(new[]
        {
            "programs[0].quantityRules[3]: its quantity band overlaps an earlier rule's band for the same product, category or every product"
        }));
    }

    [Test]
    public void Reading_13_adjacent_quantity_bands_of_one_target_are_fine()
    {
        var errors = ScenarioBuilder.Default()
            .Program("""
                { "id": "p1", "type": "PerQuantity", "quantityRules": [
                    { "productId": "P1", "minQty": 1, "maxQty": 9, "perUnit": 1 },
                    { "productId": "P1", "minQty": 10, "perUnit": 1.5 } ] }
                """)
            .Errors();

        Assert.That(errors, Is.Empty);
    }

    // §9.14

    [TestCase("""[ { "from": 0, "rate": 3 }, { "from": 1000, "rate": 2 } ]""", 1, TestName = "Reading_14_a_falling_rate_is_refused")]
    [TestCase("""[ { "from": 0, "fixed": 40 }, { "from": 500, "fixed": 30 } ]""", 1, TestName = "Reading_14_a_falling_fixed_amount_is_refused")]
    [TestCase("""[ { "from": 0, "rate": 2 }, { "from": 1000, "rate": 3 }, { "from": 2000, "fixed": 59.99 } ]""", 2,
        TestName = "Reading_14_a_fixed_band_paying_less_than_previous_rate_times_its_start_is_refused")]
    [TestCase("""[ { "from": 0, "fixed": 50 }, { "from": 1000, "rate": 4.99 } ]""", 1,
        TestName = "Reading_14_a_rate_band_paying_less_at_its_start_than_the_fixed_band_below_is_refused")]
    public void Reading_14_a_whole_amount_ladder_that_pays_less_for_more_is_bad_input_naming_the_band(string bands, int band)
    {
        var errors = ScenarioBuilder.Default()
            .Program($$"""{ "id": "p1", "type": "Ladder", "ladder": { "mode": "WholeAmount", "bands": {{bands}} } }""")
            .Errors();

        Assert.That(errors, Is.EqualTo(new[]
        {
            $"programs[0].ladder.bands[{band}]: pays less at its start than the band below just under it (a WholeAmount ladder never pays less for more)"
        }));
    }

    [TestCase("WholeAmount", """[ { "from": 0, "rate": 2 }, { "from": 1000, "rate": 2 }, { "from": 2000, "fixed": 40 }, { "from": 3000, "rate": 4 } ]""",
        TestName = "Reading_14_equal_rates_and_a_fixed_amount_equal_to_rate_times_start_qualify")]
    [TestCase("Marginal", """[ { "from": 0, "rate": 3 }, { "from": 1000, "rate": 2 }, { "from": 2000, "fixed": 1 } ]""",
        TestName = "Reading_14_a_marginal_ladder_with_falling_rates_qualifies")]
    public void Reading_14_a_ladder_that_never_pays_less_for_more_is_accepted(string mode, string bands)
    {
        var errors = ScenarioBuilder.Default()
            .Program($$"""{ "id": "p1", "type": "Ladder", "ladder": { "mode": "{{mode}}", "bands": {{bands}} } }""")
            .Errors();

        Assert.That(errors, Is.Empty);
    }
}
