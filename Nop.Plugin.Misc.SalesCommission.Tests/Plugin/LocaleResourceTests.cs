using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Plugin;

/// <summary>
/// Every UI string is a locale resource shipped in English, Danish and Simplified Chinese: the plugin's
/// Localization files ({culture}.xml and {area}.{culture}.xml) are checked as text, so this runs without a host.
/// </summary>
[TestFixture]
public sealed partial class LocaleResourceTests
{
    private static readonly string[] Cultures = ["en", "da", "zh-Hans"];

    [GeneratedRegex(@"Plugins\.Misc\.SalesCommission\.[A-Za-z0-9_.]*[A-Za-z0-9_]")]
    private static partial Regex ResourceKey();

    private static string PluginDirectory()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nop.Plugin.Misc.SalesCommission.sln")))
            directory = directory.Parent;
        Assert.That(directory, Is.Not.Null, "the solution folder was not found above the test assembly");
        return Path.Combine(directory!.FullName, "Nop.Plugin.Misc.SalesCommission");
    }

    private static string LocalizationDirectory() => Path.Combine(PluginDirectory(), "Localization");

    /// <summary>The area of a file: "" for en.xml, "Programs" for Programs.en.xml.</summary>
    private static (string Area, string Culture)? Describe(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var culture in Cultures)
        {
            if (name == culture)
                return (string.Empty, culture);
            if (name.EndsWith("." + culture, StringComparison.Ordinal))
                return (name[..^(culture.Length + 1)], culture);
        }

        return null;
    }

    private static List<(string Name, string Value)> Read(string path) =>
        XDocument.Load(path).Root!.Elements("LocaleResource")
            .Select(r => ((string?)r.Attribute("Name") ?? string.Empty, (string?)r.Element("Value") ?? string.Empty))
            .ToList();

    private static IEnumerable<string> ResourceFiles() =>
        Directory.EnumerateFiles(LocalizationDirectory(), "*.xml");

    [Test]
    public void Every_file_is_named_for_a_shipped_culture()
    {
        var unknown = ResourceFiles().Where(f => Describe(f) is null).Select(Path.GetFileName);
        Assert.That(unknown, Is.Empty, "files must be {culture}.xml or {area}.{culture}.xml with culture en, da or zh-Hans");
    }

    [Test]
    public void Every_area_has_the_same_keys_in_every_culture_and_no_empty_value()
    {
        var files = ResourceFiles().Select(f => (Path: f, Kind: Describe(f))).Where(f => f.Kind is not null).ToList();
        Assert.That(files, Is.Not.Empty);

        var problems = new List<string>();
        foreach (var area in files.Select(f => f.Kind!.Value.Area).Distinct())
        {
            var english = files.SingleOrDefault(f => f.Kind!.Value.Area == area && f.Kind!.Value.Culture == "en");
            if (english.Path is null)
            {
                problems.Add($"area '{area}' has no English file");
                continue;
            }

            var englishKeys = Read(english.Path).Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var culture in Cultures)
            {
                var file = files.SingleOrDefault(f => f.Kind!.Value.Area == area && f.Kind!.Value.Culture == culture);
                if (file.Path is null)
                {
                    problems.Add($"area '{area}' has no {culture} file");
                    continue;
                }

                var resources = Read(file.Path);
                var keys = resources.Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                problems.AddRange(englishKeys.Except(keys, StringComparer.OrdinalIgnoreCase).Select(k => $"{Path.GetFileName(file.Path)}: missing {k}"));
                problems.AddRange(keys.Except(englishKeys, StringComparer.OrdinalIgnoreCase).Select(k => $"{Path.GetFileName(file.Path)}: {k} is not in English"));
                problems.AddRange(resources.Where(r => string.IsNullOrWhiteSpace(r.Value)).Select(r => $"{Path.GetFileName(file.Path)}: {r.Name} is empty"));
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void No_key_is_defined_twice_in_one_culture()
    {
        var duplicates = ResourceFiles()
            .Select(f => (Path: f, Kind: Describe(f)))
            .Where(f => f.Kind is not null)
            .SelectMany(f => Read(f.Path).Select(r => (Culture: f.Kind!.Value.Culture, r.Name, File: Path.GetFileName(f.Path))))
            .GroupBy(r => (r.Culture, Name: r.Name.ToLowerInvariant()))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Name} in {string.Join(", ", g.Select(r => r.File))}");

        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void Every_resource_named_in_code_or_views_exists_in_English()
    {
        var plugin = PluginDirectory();
        var english = ResourceFiles().Where(f => Describe(f)?.Culture == "en")
            .SelectMany(f => Read(f).Select(r => r.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var sources = Directory.EnumerateFiles(plugin, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(plugin, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

        var missing = sources
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetRelativePath(plugin, file), Line: i + 1, Text: line)))
            .SelectMany(l => ResourceKey().Matches(l.Text)
                //a key followed by "." or "{" is a prefix that code completes; only whole keys are checked
                .Where(m => m.Index + m.Length >= l.Text.Length || l.Text[m.Index + m.Length] is not ('.' or '{'))
                .Select(m => (l.File, l.Line, Key: m.Value)))
            .Where(k => !english.Contains(k.Key))
            .Select(k => $"{k.File}:{k.Line}: {k.Key}");

        Assert.That(missing, Is.Empty);
    }
}
