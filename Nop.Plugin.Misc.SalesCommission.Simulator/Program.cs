using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

// simulate SCENARIO.json [--json] [--culture en|da|zh-Hans]: the engine's scenario contract (rules §8) on the command line.
// The statement's explanations are in the culture's words and number format; --json keeps English explanations (the
// contract's) and adds each entry's derivation as data.
// Exit codes: 0 done, 2 bad input (one line per problem on standard error, nothing else printed), 64 usage.
string[] cultures = ["en", "da", "zh-Hans"];
const string usage = "usage: simulate SCENARIO.json [--json] [--culture en|da|zh-Hans]";
var json = false;
var culture = "en";
var files = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--json")
        json = true;
    else if (args[i] == "--culture" && i + 1 < args.Length && cultures.FirstOrDefault(c => c.Equals(args[i + 1], StringComparison.OrdinalIgnoreCase)) is { } named)
    {
        culture = named;
        i++;
    }
    else
        files.Add(args[i]);
}

if (files.Count != 1 || files[0].StartsWith("--", StringComparison.Ordinal))
{
    Console.Error.WriteLine(usage);
    return 64;
}

string text;
try
{
    text = File.ReadAllText(files[0]);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"$: cannot read {files[0]}: {e.Message}");
    return 2;
}

var read = ScenarioReader.Read(text);
if (!read.IsValid)
{
    foreach (var error in read.Errors)
        Console.Error.WriteLine(error);
    return 2;
}

var result = ScenarioRunner.Run(read.Scenario!);
if (json)
{
    Console.Out.Write(ScenarioJsonWriter.Write(result, new DerivationRenderer(Templates("en"), DerivationFormat.Invariant)) + Environment.NewLine);
    return 0;
}

// scenarios name their products, categories and staff by id only, so the ids are their names
var format = culture == "en" ? DerivationFormat.Invariant : new DerivationFormat(CultureInfo.GetCultureInfo(culture));
Console.Out.Write(ScenarioStatement.Write(result, new DerivationRenderer(Templates(culture), format), format));
return 0;

static Func<string, string?> Templates(string culture)
{
    //every file of the culture (Explanations.{culture}.xml, and the file of a program type of its own)
    var assembly = typeof(Program).Assembly;
    var resources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    foreach (var name in assembly.GetManifestResourceNames().Where(name => name.EndsWith($".{culture}.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
    {
        using var xml = assembly.GetManifestResourceStream(name)!;
        foreach (var (key, value) in LocaleResources.Read(xml))
            resources[key] = value;
    }

    return resources.Count > 0
        ? LocaleResources.Explanations(resources)
        : throw new InvalidOperationException($"The explanation templates of {culture} are not embedded.");
}
