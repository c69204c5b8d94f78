using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Lines;

/// <summary>
/// Rules §8 bad input for categories, gift cards, exclusions and product ladders: each problem names its field path.
/// </summary>
[TestFixture]
public sealed class LinesValidationTests
{
    private const string Ladder = """{ "mode": "Marginal", "window": "Month", "bands": [ { "from": 0, "rate": 2 }, { "from": 1000, "rate": 4 } ] }""";

    private static ScenarioBuilder Valid() =>
        ScenarioBuilder.Default()
            .Category("""{ "id": "Computers" }""")
            .Category("""{ "id": "Notebooks", "parentId": "Computers" }""")
            .Product("""{ "id": "P7", "categories": ["Notebooks"] }""")
            .Product("""{ "id": "G1", "giftCard": true }""")
            .GiftCardsEarn(false)
            .Program($$"""
                { "id": "p1", "type": "ProductLadder", "exclude": { "products": ["G1"], "categories": ["Free text"] },
                  "productLadders": [ { "productId": "P7", "ladder": {{Ladder}} }, { "categoryId": "Computers", "ladder": {{Ladder}} } ],
                  "defaultLadder": {{Ladder}} }
                """)
            .Order();

    private static string ProductLadder(string ladders, string extra = "") =>
        $$"""{ "id": "p1", "type": "ProductLadder", "productLadders": {{ladders}}{{extra}} }""";

    private static TestCaseData Bad(string rule, Func<ScenarioBuilder, ScenarioBuilder> arrange, string error) =>
        new TestCaseData(arrange, error).SetName($"Rejects_{rule}");

    private static IEnumerable<TestCaseData> BadInputs()
    {
        yield return Bad("an_unknown_parent_category",
            s => s.Category("""{ "id": "Tablets", "parentId": "Gadgets" }"""),
            "categories[2].parentId: unknown category 'Gadgets'");
        yield return Bad("a_category_listed_twice",
            s => s.Edit(d => d["categories"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "id": "Computers" }"""))),
            "categories[2].id: duplicate category id 'Computers'");
        yield return Bad("a_category_cycle",
            s => s.Category("""{ "id": "Computers", "parentId": "Ultrabooks" }""").Category("""{ "id": "Ultrabooks", "parentId": "Notebooks" }"""),
            "categories[0].parentId: category cycle Computers → Ultrabooks → Notebooks → Computers");
        yield return Bad("a_category_that_is_its_own_parent",
            s => s.Category("""{ "id": "Computers", "parentId": "Computers" }"""),
            "categories[0].parentId: category cycle Computers → Computers");
        yield return Bad("a_gift_card_flag_that_is_not_a_boolean",
            s => s.Product("""{ "id": "G1", "giftCard": "yes" }"""),
            "products[2].giftCard: must be true or false");
        yield return Bad("a_giftCardsEarn_setting_that_is_not_a_boolean",
            s => s.Edit(d => d["settings"]!["giftCardsEarn"] = "no"),
            "settings.giftCardsEarn: must be true or false");
        yield return Bad("an_unknown_excluded_product",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "exclude": { "products": ["P1", "P404"] } }"""),
            "programs[0].exclude.products[1]: unknown product 'P404'");
        yield return Bad("an_exclude_that_is_not_an_object",
            s => s.Program("""{ "id": "p1", "type": "PercentOfOrder", "rate": 5, "exclude": ["P1"] }"""),
            "programs[0].exclude: must be an object");
        yield return Bad("two_product_ladders_for_one_product",
            s => s.Program(ProductLadder($$"""[ { "productId": "P7", "ladder": {{Ladder}} }, { "productId": "P7", "ladder": {{Ladder}} } ]""")),
            "programs[0].productLadders[1]: a ladder for this product or category comes earlier (one ladder per product and per category)");
        yield return Bad("two_product_ladders_for_one_category",
            s => s.Program(ProductLadder($$"""[ { "categoryId": "Shoes", "ladder": {{Ladder}} }, { "productId": "P7", "ladder": {{Ladder}} }, { "categoryId": "Shoes", "ladder": {{Ladder}} } ]""")),
            "programs[0].productLadders[2]: a ladder for this product or category comes earlier (one ladder per product and per category)");
        yield return Bad("a_product_ladder_naming_neither_product_nor_category",
            s => s.Program(ProductLadder($$"""[ { "ladder": {{Ladder}} } ]""")),
            "programs[0].productLadders[0]: a product ladder names one of productId, categoryId");
        yield return Bad("a_product_ladder_naming_both_product_and_category",
            s => s.Program(ProductLadder($$"""[ { "productId": "P7", "categoryId": "Shoes", "ladder": {{Ladder}} } ]""")),
            "programs[0].productLadders[0]: a product ladder names only one of productId, categoryId");
        yield return Bad("a_product_ladder_of_an_unknown_product",
            s => s.Program(ProductLadder($$"""[ { "productId": "P404", "ladder": {{Ladder}} } ]""")),
            "programs[0].productLadders[0].productId: unknown product 'P404'");
        yield return Bad("a_product_ladder_without_a_ladder",
            s => s.Program(ProductLadder("""[ { "productId": "P7" } ]""")),
            "programs[0].productLadders[0].ladder: is required for a product ladder");
        yield return Bad("product_ladder_bands_that_do_not_ascend",
            s => s.Program(ProductLadder("""[ { "productId": "P7", "ladder": { "bands": [ { "from": 0, "rate": 2 }, { "from": 0, "rate": 3 } ] } } ]""")),
            "programs[0].productLadders[0].ladder.bands[1].from: bands must ascend");
        yield return Bad("a_default_ladder_not_starting_at_0",
            s => s.Program(ProductLadder("[]", """, "defaultLadder": { "bands": [ { "from": 5, "rate": 2 } ] }""")),
            "programs[0].defaultLadder.bands[0].from: the first band must start at 0");
        yield return Bad("a_product_ladder_with_an_unknown_window",
            s => s.Program(ProductLadder("""[ { "productId": "P7", "ladder": { "window": "Week", "bands": [ { "from": 0, "rate": 2 } ] } } ]""")),
            "programs[0].productLadders[0].ladder.window: must be one of PerOrder, Month, Quarter, Year");
    }

    [TestCaseSource(nameof(BadInputs))]
    public void Bad_input_is_rejected_with_an_error_naming_the_field(Func<ScenarioBuilder, ScenarioBuilder> arrange, string error)
    {
        var errors = arrange(Valid()).Errors();

        Assert.That(errors, Has.Member(error), "errors were:\n" + string.Join("\n", errors));
    }

    [Test]
    public void The_valid_scenario_the_bad_inputs_start_from_has_no_error()
    {
        Assert.That(Valid().Errors(), Is.Empty);
    }

    [Test]
    public void Categories_named_by_products_rules_and_exclusions_are_free_text_unless_listed()
    {
        var errors = ScenarioBuilder.Default()
            .Product("""{ "id": "P7", "categories": ["Not listed"] }""")
            .Program("""{ "id": "p1", "type": "PercentPerProduct", "productRules": [ { "categoryId": "Nowhere", "rate": 5 } ], "exclude": { "categories": ["Elsewhere"] } }""")
            .Errors();

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void A_product_ladder_program_with_no_ladder_at_all_is_accepted_and_earns_nothing()
    {
        var result = ScenarioBuilder.Default().Program("""{ "id": "p1", "type": "ProductLadder" }""").Order().Run();

        Assert.That(result.Entries, Is.Empty);
    }

    [Test]
    public void Stored_product_ladder_program_with_a_bad_ladder_is_named_by_that_ladder()
    {
        var notAt0 = new Ladder(LadderMode.Marginal, LadderWindow.Month, [new LadderBand(5m, null, 2m, null)]);
        var program = new ProgramTerms
        {
            Id = "p1", Type = ProgramType.ProductLadder, ProductLadders = [new ProductLadderRule("P7", null, notAt0)], DefaultLadder = notAt0
        };

        Assert.That(ProgramCheck.Problems(program), Is.EqualTo(new[]
        {
            "productLadders[0].ladder.bands[0].from: FirstBandNotAtZero",
            "defaultLadder.bands[0].from: FirstBandNotAtZero"
        }));
    }

    [Test]
    public void Stored_product_ladder_program_with_two_ladders_for_one_product_names_the_second()
    {
        var ladder = new Ladder(LadderMode.Marginal, LadderWindow.Month, [new LadderBand(0m, null, 2m, null)]);
        var program = new ProgramTerms
        {
            Id = "p1", Type = ProgramType.ProductLadder,
            ProductLadders = [new ProductLadderRule("P7", null, ladder), new ProductLadderRule(null, "P7", ladder), new ProductLadderRule("P7", null, ladder)]
        };

        Assert.That(ProgramCheck.Problems(program), Is.EqualTo(new[] { "productLadders[2]: ProductLadderRepeated" }));
    }
}
