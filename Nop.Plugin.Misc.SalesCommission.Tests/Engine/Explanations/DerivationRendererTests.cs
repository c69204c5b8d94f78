using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Explanations;

/// <summary>
/// An entry carries its derivation as data; the renderer words it in the reader's language with their number format and
/// names, and the stored JSON reads back to the same derivation.
/// </summary>
[TestFixture]
public sealed class DerivationRendererTests
{
    private static LedgerEntry EntryOf(string sample, string orderId, string beneficiaryId, EntryKind kind)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", sample);
        return ScenarioBuilder.RunDocument(File.ReadAllText(path)).Entries
            .First(e => e.OrderId == orderId && e.BeneficiaryId == beneficiaryId && e.Kind == kind);
    }

    [Test]
    public void A_split_percent_of_order_entry_reads_in_English_Danish_and_Chinese()
    {
        var entry = EntryOf("wholesale-team.json", "5002", "ann", EntryKind.Direct);

        Assert.That(Cultures().Select(culture => Explaining.In(culture).Render(entry.Derivation!)), Is.EqualTo(new[]
        {
            "PercentOfOrder: 1174.50 × 5% × 70% share = 41.1075 → 41.11 on NetSales 1174.50 of order #5002",
            "Procent af ordre: 1174,50 × 5% × 70% andel = 41,1075 → 41,11 af nettosalg 1174,50 på ordre #5002",
            "订单百分比：1174.50 × 5% × 70% 份额 = 41.1075 → 41.11，基于订单 #5002 的净销售额 1174.50"
        }));
    }

    [Test]
    public void An_override_names_its_sellers_and_a_clawback_its_refund_in_Danish()
    {
        var names = new Dictionary<string, string> { ["ann"] = "Ann Hansen", ["ben"] = "Ben Berg" };
        var danish = Explaining.In("da", (kind, id) => kind == DerivationValueKind.Staff ? names.GetValueOrDefault(id) : null);

        Assert.That(danish.Render(EntryOf("wholesale-team.json", "5002", "maria", EntryKind.Override).Derivation!),
            Is.EqualTo("Override niveau 1: 20% af provision 41,11 (Ann Hansen) + 17,62 (Ben Berg) = 11,746 → 11,75 på ordre #5002"));
        Assert.That(danish.Render(EntryOf("wholesale-team.json", "5002", "ann", EntryKind.Clawback).Derivation!),
            Is.EqualTo("Tilbageførsel: 142,00 af 1420,00 refunderet på ordre #5002; 41,11 × refunderet andel = 4,11 at tilbageføre, 0,00 allerede tilbageført"));
    }

    [Test]
    public void Products_and_categories_read_by_name_where_the_caller_knows_them()
    {
        var entry = EntryOf("partners-products.json", "9001", "omar", EntryKind.Direct);
        var names = new Dictionary<(DerivationValueKind, string), string>
        {
            [(DerivationValueKind.Product, "P8")] = "Trail runner 2",
            [(DerivationValueKind.Category, "Trail")] = "Trail shoes"
        };

        Assert.That(Explaining.In("en", (kind, id) => names.GetValueOrDefault((kind, id))).Render(entry.Derivation!),
            Is.EqualTo("PercentPerProduct: Trail runner 2 200.00×12% (Trail shoes) + P7 100.00×15% = 39.00 on NetSales 300.00 of order #9001"));
    }

    [Test]
    public void Amounts_use_the_callers_money_format_and_exact_figures_the_culture()
    {
        var entry = EntryOf("wholesale-team.json", "5002", "ann", EntryKind.Direct);
        var danish = System.Globalization.CultureInfo.GetCultureInfo("da");
        var format = new DerivationFormat(danish, amount => amount.ToString("0.00", danish) + " kr.");
        var renderer = new DerivationRenderer(Explaining.TemplatesOf("da"), format);

        Assert.That(renderer.Render(entry.Derivation!),
            Is.EqualTo("Procent af ordre: 1174,50 × 5% × 70% andel = 41,1075 → 41,11 kr. af nettosalg 1174,50 på ordre #5002"));
    }

    [Test]
    public void A_period_ladder_says_the_share_is_added_to_the_total_not_multiplied_with_it()
    {
        var entry = EntryOf("quarter-ladder.json", "4", "ines", EntryKind.Direct);

        Assert.That(entry.Explanation(), Does.StartWith(
            "Ladder (WholeAmount, Quarter 2026-Q1): period total 11000 → 23000 (adds a 60% share of this order): F(23000) − F(11000)"));
    }

    [Test]
    public void A_stored_derivation_reads_back_equal_and_words_the_same()
    {
        var entries = ExplanationTemplateTests.SampleEntries();

        Assert.Multiple(() =>
        {
            foreach (var entry in entries)
            {
                var read = DerivationJson.Read(DerivationJson.Write(entry.Derivation!));
                Assert.That(read, Is.EqualTo(entry.Derivation));
                Assert.That(Explaining.English.Render(read!), Is.EqualTo(entry.Explanation()));
            }
        });
    }

    [Test]
    public void Text_that_is_not_a_derivation_reads_as_none()
    {
        Assert.That(new[] { null, "", "PercentOfOrder: 500.00 × 5%", "{\"no\":1}", "[1]" }.Select(DerivationJson.Read), Is.All.Null);
    }

    private static string[] Cultures() => ["en", "da", "zh-Hans"];
}
