using System.Text.Json.Nodes;
using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Scenario;

/// <summary>
/// Rules §8 (bad input) and §3.2.2 (ladder bands): every problem is reported as "field.path: message",
/// one per problem, and nothing is run.
/// </summary>
[TestFixture]
public sealed class ValidationTests
{
    private const string Bands = """[ { "from": 0, "rate": 2 }, { "from": 3000, "rate": 3 }, { "from": 5000, "rate": 4 } ]""";

    /// <summary>A valid scenario: ann (managed by bob) owns c1, partner acme, one program, one order, one refund.</summary>
    private static ScenarioBuilder Valid() =>
        ScenarioBuilder.Default()
            .Staff("""{ "id": "ann", "managerId": "bob" }""")
            .Staff("""{ "id": "bob" }""")
            .Group("""{ "id": "Wholesale", "staff": [ { "staffId": "bob", "split": 100 } ] }""")
            .Client("""{ "id": "c1", "groups": ["Wholesale"], "owners": [ { "staffId": "ann", "split": 100 } ] }""")
            .Partner("""{ "id": "acme", "affiliateId": "aff1", "clientIds": ["c1"] }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 1, "percent": 20 } ] }""")
            .Order()
            .Refund("1042", "2026-03-09", 54m);

    private static ScenarioBuilder WithLadder(ScenarioBuilder scenario, string bands) =>
        scenario.Program($$"""{ "id": "p1", "type": "Ladder", "ladder": { "mode": "Marginal", "bands": {{bands}} } }""");

    private static TestCaseData Bad(string rule, Func<ScenarioBuilder, ScenarioBuilder> arrange, string path, string phrase) =>
        new TestCaseData(arrange, path, phrase).SetName($"Rejects_{rule}");

    private static IEnumerable<TestCaseData> BadInputs()
    {
        // Ladder bands (§3.2.2): start at 0, contiguous, ascending, last open-ended or capped above its start (§3.4).
        yield return Bad("ladder_bands_that_do_not_ascend",
            s => WithLadder(s, """[ { "from": 0, "rate": 2 }, { "from": 0, "rate": 3 }, { "from": 5000, "rate": 4 } ]"""),
            "programs[0].ladder.bands[1].from", "bands must ascend");
        yield return Bad("ladder_bands_in_descending_order",
            s => WithLadder(s, """[ { "from": 0, "rate": 2 }, { "from": 5000, "rate": 3 }, { "from": 3000, "rate": 4 } ]"""),
            "programs[0].ladder.bands[2].from", "bands must ascend");
        yield return Bad("a_first_band_not_at_0",
            s => WithLadder(s, """[ { "from": 100, "rate": 2 }, { "from": 3000, "rate": 3 } ]"""),
            "programs[0].ladder.bands[0].from", "must start at 0");
        yield return Bad("a_gap_between_bands",
            s => WithLadder(s, """[ { "from": 0, "to": 2000, "rate": 2 }, { "from": 3000, "rate": 3 } ]"""),
            "programs[0].ladder.bands[0].to", "gap");
        yield return Bad("overlapping_bands",
            s => WithLadder(s, """[ { "from": 0, "to": 4000, "rate": 2 }, { "from": 3000, "rate": 3 } ]"""),
            "programs[0].ladder.bands[0].to", "overlap");
        yield return Bad("a_last_band_to_not_above_its_from",
            s => WithLadder(s, """[ { "from": 0, "rate": 2 }, { "from": 3000, "to": 3000, "rate": 3 } ]"""),
            "programs[0].ladder.bands[1].to", "must be above its from 3000");
        yield return Bad("a_negative_band_start",
            s => WithLadder(s, """[ { "from": 0, "rate": 2 }, { "from": -5, "rate": 3 } ]"""),
            "programs[0].ladder.bands[1].from", "bands must ascend");
        yield return Bad("a_negative_band_fixed_amount",
            s => WithLadder(s, """[ { "from": 0, "fixed": -1 } ]"""), "programs[0].ladder.bands[0].fixed", "must not be negative");
        yield return Bad("a_per_quantity_program_without_rules_as_the_editor_refuses_it",
            s => s.Program("""{ "id": "p1", "type": "PerQuantity" }"""), "programs[0].quantityRules", "at least one rule");
        yield return Bad("a_negative_quantity_rule_amount",
            s => s.Program("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "minQty": 1, "perUnit": -1 } ] }"""),
            "programs[0].quantityRules[0]", "must not be negative");
        yield return Bad("a_band_with_both_rate_and_fixed",
            s => WithLadder(s, """[ { "from": 0, "rate": 2, "fixed": 3 } ]"""),
            "programs[0].ladder.bands[0]", "only one of rate, fixed");
        yield return Bad("a_ladder_without_bands",
            s => WithLadder(s, "[]"),
            "programs[0].ladder.bands", "at least one band");
        yield return Bad("a_ladder_program_without_a_ladder",
            s => s.Program("""{ "id": "p1", "type": "Ladder" }"""),
            "programs[0].ladder", "is required");

        yield return Bad("a_quantity_band_ending_below_its_start",
            s => s.Program("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "minQty": 10, "maxQty": 9, "perUnit": 1 } ] }"""),
            "programs[0].quantityRules[0].maxQty", "must not be below minQty");
        yield return Bad("a_quantity_rule_naming_a_product_and_a_category",
            s => s.Program("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "productId": "P1", "categoryId": "A", "minQty": 1, "perUnit": 1 } ] }"""),
            "programs[0].quantityRules[0]", "not both");
        yield return Bad("a_product_rule_naming_neither_product_nor_category",
            s => s.Program("""{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "rate": 5 } ] }"""),
            "programs[0].productRules[0]", "names one of productId, categoryId");
        yield return Bad("an_override_level_given_twice",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 1, "percent": 2 }, { "level": 1, "percent": 3 } ] }"""),
            "programs[0].hierarchy[1].level", "given twice");

        // Splits (§2): exactly 100.
        yield return Bad("owner_splits_not_adding_up_to_100",
            s => s.Client("""{ "id": "c1", "owners": [ { "staffId": "ann", "split": 60 }, { "staffId": "bob", "split": 30 } ] }"""),
            "clients[0].owners", "splits add up to 90, not 100");
        yield return Bad("seller_splits_not_adding_up_to_100",
            s => s.Order("""{ "sellers": [ { "staffId": "ann", "split": 70 }, { "staffId": "bob", "split": 40 } ] }"""),
            "orders[0].sellers", "splits add up to 110, not 100");
        yield return Bad("group_staff_splits_not_adding_up_to_100",
            s => s.Group("""{ "id": "Wholesale", "staff": [ { "staffId": "bob", "split": 99.99 } ] }"""),
            "groups[0].staff", "not 100");
        yield return Bad("a_staff_member_named_twice_in_one_split",
            s => s.Order("""{ "sellers": [ { "staffId": "ann", "split": 50 }, { "staffId": "ann", "split": 50 } ] }"""),
            "orders[0].sellers[1].staffId", "named twice");

        // Negative amounts.
        yield return Bad("a_negative_subtotal",
            s => s.Order("""{ "subtotalExclTax": -5 }"""), "orders[0].subtotalExclTax", "must not be negative");
        yield return Bad("a_negative_order_total",
            s => s.Order("""{ "total": -1 }"""), "orders[0].total", "must not be negative");
        yield return Bad("a_negative_order_discount",
            s => s.Order("""{ "orderDiscount": -1 }"""), "orders[0].orderDiscount", "must not be negative");
        yield return Bad("a_negative_line_price",
            s => s.Order("""{ "items": [ { "productId": "P1", "quantity": 1, "priceExclTax": -500 } ] }"""),
            "orders[0].items[0].priceExclTax", "must not be negative");
        yield return Bad("a_negative_unit_cost",
            s => s.Order("""{ "items": [ { "productId": "P1", "quantity": 1, "priceExclTax": 500, "unitCost": -1 } ] }"""),
            "orders[0].items[0].unitCost", "must not be negative");
        yield return Bad("a_negative_quantity",
            s => s.Order("""{ "items": [ { "productId": "P1", "quantity": -1, "priceExclTax": 500 } ] }"""),
            "orders[0].items[0].quantity", "whole number");
        yield return Bad("a_negative_refund",
            s => s.Refund("1042", "2026-03-10", -5m), "events[1].amount", "must not be negative");
        yield return Bad("a_negative_rate",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": -1 }"""), "programs[0].rate", "from 0 to 100");
        yield return Bad("a_negative_fixed_amount",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "fixed": -1 }"""), "programs[0].fixed", "must not be negative");
        yield return Bad("a_negative_split",
            s => s.Order("""{ "sellers": [ { "staffId": "ann", "split": 110 }, { "staffId": "bob", "split": -10 } ] }"""),
            "orders[0].sellers[1].split", "must not be negative");

        // Unknown ids.
        yield return Bad("an_unknown_manager",
            s => s.Staff("""{ "id": "bob", "managerId": "zed" }"""), "staff[1].managerId", "unknown staff 'zed'");
        yield return Bad("an_unknown_owner",
            s => s.Client("""{ "id": "c1", "owners": [ { "staffId": "zed", "split": 100 } ] }"""),
            "clients[0].owners[0].staffId", "unknown staff 'zed'");
        yield return Bad("an_unknown_seller",
            s => s.Order("""{ "sellers": [ { "staffId": "zed", "split": 100 } ] }"""), "orders[0].sellers[0].staffId", "unknown staff 'zed'");
        yield return Bad("an_unknown_group_staff_member",
            s => s.Group("""{ "id": "Wholesale", "staff": [ { "staffId": "zed", "split": 100 } ] }"""),
            "groups[0].staff[0].staffId", "unknown staff 'zed'");
        yield return Bad("an_unknown_staff_beneficiary",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "beneficiaries": { "staff": ["zed"] } }"""),
            "programs[0].beneficiaries.staff[0]", "unknown staff 'zed'");
        yield return Bad("an_unknown_order_client",
            s => s.Order("""{ "clientId": "c404" }"""), "orders[0].clientId", "unknown client 'c404'");
        yield return Bad("an_unknown_scope_client",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "scope": { "clients": ["c404"] } }"""),
            "programs[0].scope.clients[0]", "unknown client 'c404'");
        yield return Bad("an_unknown_client_group",
            s => s.Client("""{ "id": "c1", "groups": ["Retail"] }"""), "clients[0].groups[0]", "unknown group 'Retail'");
        yield return Bad("an_unknown_scope_group",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "scope": { "groups": ["Retail"] } }"""),
            "programs[0].scope.groups[0]", "unknown group 'Retail'");
        yield return Bad("an_unknown_line_product",
            s => s.Order("""{ "items": [ { "productId": "P404", "quantity": 1, "priceExclTax": 500 } ] }"""),
            "orders[0].items[0].productId", "unknown product 'P404'");
        yield return Bad("an_unknown_product_rule_product",
            s => s.Program("""{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "productId": "P404", "rate": 5 } ] }"""),
            "programs[0].productRules[0].productId", "unknown product 'P404'");
        yield return Bad("an_unknown_quantity_rule_product",
            s => s.Program("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "productId": "P404", "minQty": 1, "perUnit": 1 } ] }"""),
            "programs[0].quantityRules[0].productId", "unknown product 'P404'");
        yield return Bad("an_event_of_an_unknown_order",
            s => s.Refund("9999", "2026-03-10", 5m), "events[1].orderId", "unknown order '9999'");
        yield return Bad("an_unknown_partner_beneficiary",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "beneficiaries": { "partners": ["zeta"] } }"""),
            "programs[0].beneficiaries.partners[0]", "unknown partner 'zeta'");
        yield return Bad("a_duplicate_staff_id",
            s => s.Edit(doc => doc["staff"]!.AsArray().Add(JsonNode.Parse("""{ "id": "ann" }"""))),
            "staff[2].id", "duplicate staff id 'ann'");
        yield return Bad("a_duplicate_order_id",
            s => s.Edit(doc => doc["orders"]!.AsArray().Add(doc["orders"]![0]!.DeepClone())),
            "orders[1].id", "duplicate order id '1042'");
        yield return Bad("a_partner_with_a_staff_id",
            s => s.Partner("""{ "id": "bob" }"""), "partners[1].id", "already a staff id");

        // Manager cycles (§3.3).
        yield return Bad("a_manager_cycle",
            s => s.Staff("""{ "id": "bob", "managerId": "ann" }"""), "staff[0].managerId", "manager cycle");
        yield return Bad("a_staff_member_managing_themselves",
            s => s.Staff("""{ "id": "bob", "managerId": "bob" }"""), "staff[1].managerId", "manager cycle bob → bob");

        // Enumerations.
        yield return Bad("an_unknown_program_type",
            s => s.Program("""{ "id": "p1", "type": "Percent", "rate": 5 }"""), "programs[0].type", "must be one of");
        yield return Bad("an_unknown_basis",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "basis": "Gross", "rate": 5 }"""), "programs[0].basis", "must be one of");
        yield return Bad("an_unknown_ladder_mode",
            s => s.Program($$"""{ "id": "p1", "type": "Ladder", "ladder": { "mode": "Cumulative", "bands": {{Bands}} } }"""),
            "programs[0].ladder.mode", "must be one of");
        yield return Bad("an_unknown_ladder_window",
            s => s.Program($$"""{ "id": "p1", "type": "Ladder", "ladder": { "window": "Week", "bands": {{Bands}} } }"""),
            "programs[0].ladder.window", "must be one of");
        yield return Bad("an_unknown_stacking_policy",
            s => s.Stacking("Lowest"), "settings.stacking", "must be one of");
        yield return Bad("an_unknown_event_type",
            s => s.Event("""{ "type": "chargeback", "orderId": "1042", "at": "2026-03-10" }"""), "events[1].type", "must be one of");
        yield return Bad("an_unknown_override_base",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 1, "percent": 20, "base": "OfProfit" } ] }"""),
            "programs[0].hierarchy[0].base", "must be one of");
        yield return Bad("an_enum_given_as_a_number",
            s => s.Program("""{ "id": "p1", "type": "1", "rate": 5 }"""), "programs[0].type", "must be one of");

        // Dates.
        yield return Bad("a_valid_to_before_valid_from",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "validFrom": "2026-03-02", "validTo": "2026-03-01" }"""),
            "programs[0].validTo", "must not be before validFrom");
        yield return Bad("a_paid_date_that_is_not_a_date",
            s => s.Order("""{ "paidAt": "yesterday" }"""), "orders[0].paidAt", "not an ISO-8601 date");

        // Percentages over 100.
        yield return Bad("a_rate_over_100",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 100.01 }"""), "programs[0].rate", "from 0 to 100");
        yield return Bad("a_band_rate_over_100",
            s => WithLadder(s, """[ { "from": 0, "rate": 101 } ]"""), "programs[0].ladder.bands[0].rate", "from 0 to 100");
        yield return Bad("a_product_rule_rate_over_100",
            s => s.Program("""{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "productId": "P1", "rate": 150 } ] }"""),
            "programs[0].productRules[0].rate", "from 0 to 100");
        yield return Bad("a_default_rate_over_100",
            s => s.Program("""{ "id": "p1", "type": "PercentPerProduct", "defaultRate": 150 }"""),
            "programs[0].defaultRate", "from 0 to 100");
        yield return Bad("a_first_order_rate_over_100",
            s => s.Program("""{ "id": "p1", "type": "FirstOrder", "rate": 2, "firstOrder": { "count": 1, "rate": 120 } }"""),
            "programs[0].firstOrder.rate", "from 0 to 100");
        yield return Bad("an_override_percent_over_100",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 1, "percent": 120 } ] }"""),
            "programs[0].hierarchy[0].percent", "from 0 to 100");
        yield return Bad("a_zero_split_as_the_admin_refuses_it",
            s => s.Order("""{ "sellers": [ { "staffId": "ann", "split": 100 }, { "staffId": "bob", "split": 0 } ] }"""),
            "orders[0].sellers[1].split", "must be above 0");
        yield return Bad("a_split_over_100",
            s => s.Order("""{ "sellers": [ { "staffId": "ann", "split": 150 } ] }"""), "orders[0].sellers[0].split", "must be at most 100");
        yield return Bad("an_override_level_beyond_5",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 6, "percent": 1 } ] }"""),
            "programs[0].hierarchy[0].level", "from 1 to 5");
        yield return Bad("a_first_order_count_of_0",
            s => s.Program("""{ "id": "p1", "type": "FirstOrder", "rate": 2, "firstOrder": { "count": 0, "rate": 10 } }"""),
            "programs[0].firstOrder.count", "whole number from 1");

        // Missing required fields.
        yield return Bad("a_program_without_id",
            s => s.Program("""{ "type": "PercentOfOrder", "rate": 5 }"""), "programs[1].id", "is required");
        yield return Bad("a_program_without_type",
            s => s.Program("""{ "id": "p1", "rate": 5 }"""), "programs[0].type", "is required");
        yield return Bad("a_percent_of_order_program_without_rate_or_fixed",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder" }"""), "programs[0].rate", "needs one of rate, fixed");
        yield return Bad("a_first_order_program_without_terms",
            s => s.Program("""{ "id": "p1", "type": "FirstOrder", "rate": 2 }"""), "programs[0].firstOrder", "is required");
        yield return Bad("a_staff_member_without_id",
            s => s.Staff("""{ "managerId": "bob" }"""), "staff[2].id", "is required");
        yield return Bad("an_order_without_client",
            s => s.Order("""{ "clientId": null }"""), "orders[0].clientId", "is required");
        yield return Bad("an_order_without_total",
            s => s.Order("""{ "total": null }"""), "orders[0].total", "is required");
        yield return Bad("an_order_without_subtotal",
            s => s.Order("""{ "subtotalExclTax": null, "items": [] }"""), "orders[0].subtotalExclTax", "is required");
        yield return Bad("a_line_without_price",
            s => s.Order("""{ "items": [ { "productId": "P1", "quantity": 1 } ] }"""), "orders[0].items[0].priceExclTax", "is required");
        yield return Bad("a_split_without_percentage",
            s => s.Order("""{ "sellers": [ { "staffId": "ann" } ] }"""), "orders[0].sellers[0].split", "is required");
        yield return Bad("an_event_without_time",
            s => s.Event("""{ "type": "void", "orderId": "1042" }"""), "events[1].at", "is required");
        yield return Bad("a_refund_without_amount",
            s => s.Event("""{ "type": "refund", "orderId": "1042", "at": "2026-03-10" }"""), "events[1].amount", "is required");
        yield return Bad("an_override_level_without_percent",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 1 } ] }"""),
            "programs[0].hierarchy[0].percent", "is required");
        yield return Bad("an_id_of_the_wrong_type",
            s => s.Staff("""{ "id": 7 }"""), "staff[2].id", "must be a non-empty string");
        yield return Bad("an_amount_of_the_wrong_type",
            s => s.Order("""{ "total": "540" }"""), "orders[0].total", "must be a number");
    }

    [TestCaseSource(nameof(BadInputs))]
    public void Bad_input_is_rejected_with_an_error_naming_the_field(Func<ScenarioBuilder, ScenarioBuilder> arrange, string path, string phrase)
    {
        var errors = arrange(Valid()).Read().Errors;

        Assert.That(errors.Where(e => e.Path == path).Select(e => e.Message), Has.Some.Contains(phrase),
            "errors were:\n" + string.Join("\n", errors));
    }

    [Test]
    public void The_valid_scenario_the_bad_inputs_start_from_has_no_error()
    {
        Assert.That(Valid().Errors(), Is.Empty);
    }

    [Test]
    public void Ladder_band_whose_end_is_the_next_band_start_is_accepted()
    {
        var errors = WithLadder(Valid(), """[ { "from": 0, "to": 3000, "rate": 2 }, { "from": 3000, "to": 5000, "rate": 3 }, { "from": 5000, "rate": 4 } ]""").Errors();

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Error_reads_as_field_path_colon_message()
    {
        var errors = WithLadder(Valid(), """[ { "from": 0, "rate": 2 }, { "from": 0, "rate": 3 } ]""").Errors();

        Assert.That(errors, Is.EqualTo(new[] { "programs[0].ladder.bands[1].from: bands must ascend" }));
    }

    [Test]
    public void Invalid_json_is_reported_at_the_document_root()
    {
        var errors = ScenarioReader.Read("""{ "staff": [ { "id": "ann" } """).Errors.Select(e => e.ToString());

        Assert.That(errors, Has.Exactly(1).StartsWith("$: not valid JSON"));
    }

    [Test]
    public void A_document_that_is_not_an_object_is_rejected()
    {
        Assert.That(ScenarioReader.Read("[1, 2]").Errors.Select(e => e.ToString()), Is.EqualTo(new[] { "$: must be an object" }));
    }

    [Test]
    public void Bad_input_yields_no_scenario_to_run()
    {
        var read = Valid().Order("""{ "subtotalExclTax": -5 }""").Read();

        Assert.That(read.Scenario, Is.Null);
    }

    [Test]
    public void Every_problem_is_reported_one_line_each()
    {
        var errors = Valid()
            .Order("""{ "subtotalExclTax": -5, "clientId": "c404", "items": [] }""")
            .Staff("""{ "id": "bob", "managerId": "ann" }""")
            .Errors();

        Assert.That(errors, Is.EquivalentTo(new[]
        {
            "orders[0].subtotalExclTax: must not be negative",
            "orders[0].clientId: unknown client 'c404'",
            "staff[0].managerId: manager cycle ann → bob → ann"
        }));
    }

    [Test]
    public void Sample_bad_scenario_names_every_bad_field()
    {
        var json = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", "invalid", "bad-scenario.json"));

        Assert.That(ScenarioReader.Read(json).Errors.Select(e => e.Path), Is.EquivalentTo(new[]
        {
            "clients[0].owners", "programs[0].ladder.bands[2].from", "orders[0].clientId", "orders[0].subtotalExclTax", "staff[0].managerId"
        }));
    }
}
