using System.Text.RegularExpressions;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Explanations;

/// <summary>
/// The explanation templates live once, in the plugin's Localization/Explanations.{culture}.xml: every kind, word and
/// separator the engine writes has a template in English, Danish and Simplified Chinese, naming the same values.
/// </summary>
[TestFixture]
public sealed partial class ExplanationTemplateTests
{
    private static readonly string[] Cultures = ["en", "da", "zh-Hans"];

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>Every entry the bundled samples write (they cover every program type, caps, accelerators, refunds, reversals).</summary>
    internal static IReadOnlyList<LedgerEntry> SampleEntries() =>
        Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "samples"), "*.json")
            .OrderBy(path => path, StringComparer.Ordinal)
            .SelectMany(path => ScenarioBuilder.RunDocument(File.ReadAllText(path)).Entries)
            .ToList();

    private static IEnumerable<string> KeysOf(Derivation derivation) =>
        derivation.Walk().SelectMany(node => node.Values
            .Where(value => value.Field.Kind == DerivationValueKind.Word)
            .Select(value => DerivationRenderer.WordGroup + value.Text)
            .Concat(node.Values.Where(value => value.Field.Separator is not null).Select(value => DerivationRenderer.JoinGroup + value.Field.Separator))
            .Append(node.Kind));

    private static IReadOnlyDictionary<string, string> Resources(string culture)
    {
        using var xml = typeof(ExplanationTemplateTests).Assembly.GetManifestResourceStream($"Explanations.{culture}.xml")!;
        return LocaleResources.Read(xml);
    }

    [Test]
    public void Every_kind_word_and_separator_the_samples_write_has_a_template_in_every_culture()
    {
        var keys = SampleEntries().SelectMany(entry => KeysOf(entry.Derivation!)).Distinct().ToList();

        Assert.That(keys, Has.Count.GreaterThan(40), "the samples should exercise most kinds");
        foreach (var culture in Cultures)
            Assert.That(keys.Where(key => Explaining.TemplatesOf(culture)(key) is null), Is.Empty, $"templates missing in {culture}");
    }

    [Test]
    public void Every_explanation_key_exists_in_all_three_cultures_with_the_same_values()
    {
        var english = Resources("en");
        foreach (var culture in Cultures.Skip(1))
        {
            var other = Resources(culture);
            Assert.That(other.Keys.Order(), Is.EqualTo(english.Keys.Order()), $"keys of {culture}");
            foreach (var (key, template) in english)
            {
                var names = Placeholder().Matches(template).Select(m => m.Groups[1].Value).Order();
                Assert.That(Placeholder().Matches(other[key]).Select(m => m.Groups[1].Value).Order(), Is.EqualTo(names), $"{key} in {culture}");
            }
        }
    }

    [Test]
    public void Every_placeholder_names_a_known_field()
    {
        var unknown = Resources("en").Values.SelectMany(template => Placeholder().Matches(template).Select(m => m.Groups[1].Value))
            .Where(name => !DerivationField.ByName.ContainsKey(name))
            .Distinct();

        Assert.That(unknown, Is.Empty);
    }
}
