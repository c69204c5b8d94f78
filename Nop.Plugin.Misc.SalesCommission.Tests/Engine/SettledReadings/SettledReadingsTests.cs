using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.SettledReadings;

/// <summary>Rules §9: the settled readings 1–10, each proved on the smallest scenario that shows it.</summary>
[TestFixture]
public sealed class SettledReadingsTests
{
    private static ScenarioBuilder Shop() =>
        ScenarioBuilder.Default()
            .Staff("""{ "id": "ann", "managerId": "bob" }""")
            .Staff("""{ "id": "bob" }""")
            .Staff("""{ "id": "cat", "managerId": "bob" }""")
            .Product("""{ "id": "P3", "categories": ["Tools", "Garden"] }""");

    // §9.1

    [Test]
    public void Reading_1_an_entry_that_rounds_to_zero_is_never_written()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 0.1 }""")
            .Order("""{ "subtotalExclTax": 4, "total": 4 }""")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Reading_1_a_line_whose_basis_amount_is_zero_earns_nothing_even_per_unit()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "productId": "P3", "minQty": 1, "perUnit": 1 } ] }""")
            .Order("""
                { "subtotalExclTax": 100, "total": 100,
                  "items": [ { "productId": "P3", "quantity": 5, "priceExclTax": 0 },
                             { "productId": "P1", "quantity": 1, "priceExclTax": 100 } ] }
                """)
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Reading_1_an_order_whose_basis_amount_is_zero_earns_nothing_even_per_line()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PerQuantity", "quantityRules": [ { "minQty": 1, "perLine": 5 } ] }""")
            .Order("""{ "subtotalExclTax": 100, "orderDiscount": 100, "total": 0 }""")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    // §9.2

    [Test]
    public void Reading_2_split_shares_are_rounded_once_from_the_unrounded_whole_order_commission()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Order("""{ "subtotalExclTax": 10.1, "total": 10.1, "sellers": [ { "staffId": "ann", "split": 50 }, { "staffId": "cat", "split": 50 } ] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 0.25", "cat Direct 0.25" }));
    }

    [Test]
    public void Reading_2_a_split_share_added_to_a_period_total_is_not_rounded()
    {
        var result = Shop()
            .Program("""
                { "id": "p1", "type": "Ladder", "ladder": { "mode": "WholeAmount", "window": "Month",
                  "bands": [ { "from": 0, "rate": 0 }, { "from": 100, "rate": 10 } ] } }
                """)
            .Order("""{ "id": "1", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 199.99, "total": 199.99, "sellers": [ { "staffId": "ann", "split": 50 }, { "staffId": "cat", "split": 50 } ] }""")
            .Order("""{ "id": "2", "paidAt": "2026-03-03T10:00:00Z", "subtotalExclTax": 0.005, "total": 0.005, "sellers": [ { "staffId": "ann", "split": 100 } ] }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#2 ann Direct 10.00" }));
    }

    // §9.3

    [Test]
    public void Reading_3_co_sellers_with_the_same_manager_give_one_override_summed_then_rounded_once()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 1, "percent": 10 } ] }""")
            .Order("""{ "subtotalExclTax": 101, "total": 101, "sellers": [ { "staffId": "ann", "split": 50 }, { "staffId": "cat", "split": 50 } ] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 2.53", "cat Direct 2.53", "bob Override L1 0.51" }));
    }

    // §9.4

    [Test]
    public void Reading_4_a_cancel_after_a_void_writes_nothing()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Event("void", "1042", "2026-03-10")
            .Event("cancel", "1042", "2026-03-11")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00", "ann Reversal -25.00" }));
    }

    [Test]
    public void Reading_4_refund_void_and_cancel_of_a_never_paid_order_write_nothing()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Order("""{ "id": "1042", "paidAt": null }""")
            .Refund("1042", "2026-03-01T10:00:00Z", 54m)
            .Event("void", "1042", "2026-03-01T11:00:00Z")
            .Event("cancel", "1042", "2026-03-02")
            .Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Reading_4_each_refund_event_writes_at_most_one_clawback_per_original_entry()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "hierarchy": [ { "level": 1, "percent": 20 } ] }""")
            .Refund("1042", "2026-03-09", 54m)
            .Refund("1042", "2026-03-09", 54m)
            .Run();

        Assert.That(result.Lines().Where(l => l.Contains("Clawback")), Is.EqualTo(new[]
        {
            "ann Clawback -2.50", "bob Clawback L1 -0.50", "ann Clawback -2.50", "bob Clawback L1 -0.50"
        }));
    }

    // §9.5

    [Test]
    public void Reading_5_under_order_total_line_amounts_share_out_the_order_total_by_line_value()
    {
        var result = Shop()
            .Product("""{ "id": "P2" }""")
            .Program("""{ "id": "p1", "type": "PercentPerProduct", "basis": "OrderTotal", "productRules": [ { "productId": "P1", "rate": 10 } ] }""")
            .Order("""
                { "subtotalExclTax": 500, "total": 600,
                  "items": [ { "productId": "P1", "quantity": 1, "priceExclTax": 300 },
                             { "productId": "P2", "quantity": 1, "priceExclTax": 200 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 36.00" }));
    }

    [Test]
    public void Reading_5_a_line_margin_is_floored_at_zero()
    {
        var result = Shop()
            .Product("""{ "id": "P2" }""")
            .Program("""{ "id": "p1", "type": "PercentPerProduct", "basis": "Margin", "defaultRate": 10 }""")
            .Order("""
                { "subtotalExclTax": 500, "total": 600,
                  "items": [ { "productId": "P1", "quantity": 1, "priceExclTax": 100, "unitCost": 150 },
                             { "productId": "P2", "quantity": 1, "priceExclTax": 400, "unitCost": 100 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 30.00" }));
    }

    // §9.6

    private const string MonthLadder = """
        { "id": "ladder", "type": "Ladder", "ladder": { "mode": "WholeAmount", "window": "Month",
          "bands": [ { "from": 0, "rate": 2 }, { "from": 10000, "rate": 3 } ] } }
        """;

    [Test]
    public void Reading_6_period_is_the_calendar_month_of_the_paid_time_in_utc()
    {
        var result = Shop()
            .Program(MonthLadder)
            .Order("""{ "id": "A", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 6000 }""")
            .Order("""{ "id": "B", "paidAt": "2026-03-31T23:30:00-02:00", "subtotalExclTax": 5000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#A ann Direct 120.00", "#B ann Direct 100.00" }));
    }

    [Test]
    public void Reading_6_orders_paid_at_the_same_instant_count_in_order_id_order()
    {
        var result = Shop()
            .Program(MonthLadder)
            .Order("""{ "id": "10", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 5000 }""")
            .Order("""{ "id": "9", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 6000 }""")
            .Run();

        Assert.That(result.LinesWithOrder(), Is.EqualTo(new[] { "#9 ann Direct 120.00", "#10 ann Direct 210.00" }));
    }

    [Test]
    public void Reading_6_an_order_counts_toward_a_period_total_only_when_that_program_paid_it()
    {
        var result = Shop()
            .Client("""{ "id": "c2", "owners": [ { "staffId": "ann", "split": 100 } ] }""")
            .Program(MonthLadder)
            .Program("""{ "id": "vip", "type": "PercentOfOrder", "rate": 1, "priority": 10, "scope": { "clients": ["c2"] } }""")
            .Order("""{ "id": "A", "clientId": "c2", "paidAt": "2026-03-02T10:00:00Z", "subtotalExclTax": 6000 }""")
            .Order("""{ "id": "B", "paidAt": "2026-03-10T10:00:00Z", "subtotalExclTax": 5000 }""")
            .Run();

        Assert.That(result.ProgramLines(), Is.EqualTo(new[] { "ann vip 60.00", "ann ladder 100.00" }));
    }

    // §9.7

    [Test]
    public void Reading_7_overrides_pay_managers_who_are_not_among_the_program_beneficiaries()
    {
        var result = Shop()
            .Program("""
                { "id": "p1", "type": "PercentOfOrder", "rate": 5, "beneficiaries": { "staff": ["ann"] },
                  "hierarchy": [ { "level": 1, "percent": 20 } ] }
                """)
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00", "bob Override L1 5.00" }));
    }

    [Test]
    public void Reading_7_of_sales_overrides_are_paid_even_when_the_seller_entry_rounds_to_zero()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 0, "hierarchy": [ { "level": 1, "percent": 1, "base": "OfSales" } ] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "bob Override L1 5.00" }));
    }

    // §9.8

    [Test]
    public void Reading_8_among_category_quantity_rules_fitting_the_quantity_the_one_paying_most_wins()
    {
        var result = Shop()
            .Program("""
                { "id": "p1", "type": "PerQuantity", "quantityRules": [
                    { "categoryId": "Tools", "minQty": 1, "perUnit": 1 },
                    { "categoryId": "Garden", "minQty": 1, "perUnit": 2 } ] }
                """)
            .Order("""{ "subtotalExclTax": 30, "total": 30, "items": [ { "productId": "P3", "quantity": 3, "priceExclTax": 30 } ] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 6.00" }));
    }

    // §9.9

    [Test]
    public void Reading_9_an_order_affiliate_no_partner_has_is_not_bad_input()
    {
        var read = Shop()
            .Partner("""{ "id": "acme", "affiliateId": "aff1" }""")
            .Order("""{ "affiliateId": "nobody-has-me" }""")
            .Read();

        Assert.That(read.Errors, Is.Empty);
    }

    [Test]
    public void Reading_9_an_order_affiliate_no_partner_has_credits_nobody()
    {
        var result = Shop()
            .Partner("""{ "id": "acme", "affiliateId": "aff1" }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "beneficiaries": { "allPartners": true } }""")
            .Order("""{ "affiliateId": "nobody-has-me" }""")
            .Run();

        Assert.That(result.Entries.Where(e => e.BeneficiaryType == BeneficiaryType.Partner), Is.Empty);
    }

    // §9.10

    [Test]
    public void Reading_10_all_digit_ids_compare_as_numbers_and_others_as_text()
    {
        var ids = new[] { "b", "10", "9", "B", "0010", "a2", "100" };

        Assert.That(ids.Order(IdOrder.Instance), Is.EqualTo(new[] { "9", "10", "0010", "100", "B", "a2", "b" }));
    }

    [Test]
    public void Reading_10_an_empty_sellers_list_names_nobody_so_the_owners_are_credited()
    {
        var result = Shop()
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Order("""{ "sellers": [] }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "ann Direct 25.00" }));
    }

    [Test]
    public void Reading_10_an_empty_owners_list_names_nobody_so_the_group_staff_are_credited()
    {
        var result = Shop()
            .Group("""{ "id": "Retail", "staff": [ { "staffId": "cat", "split": 100 } ] }""")
            .Client("""{ "id": "c1", "groups": ["Retail"], "owners": [] }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Run();

        Assert.That(result.Lines(), Is.EqualTo(new[] { "cat Direct 25.00" }));
    }

    [Test]
    public void Reading_10_a_group_with_an_empty_staff_list_names_nobody_so_the_order_is_uncredited()
    {
        var result = Shop()
            .Group("""{ "id": "Retail", "staff": [] }""")
            .Client("""{ "id": "c1", "groups": ["Retail"] }""")
            .Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5 }""")
            .Run();

        Assert.That(result.UncreditedOrders, Is.EqualTo(new[] { "1042" }));
    }
}
