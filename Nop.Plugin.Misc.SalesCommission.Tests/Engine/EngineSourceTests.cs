using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine;

/// <summary>Rules §4: all amounts are decimal — no binary floating point anywhere in the engine's source.</summary>
[TestFixture]
public sealed partial class EngineSourceTests
{
    [GeneratedRegex(@"\b(double|float|Double)\b|(?<!\.)\bSingle\b|\b\d+(\.\d+)?[fFdD]\b")]
    private static partial Regex FloatingPoint();

    private static string EngineDirectory()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nop.Plugin.Misc.SalesCommission.sln")))
            directory = directory.Parent;
        Assert.That(directory, Is.Not.Null, "the solution folder was not found above the test assembly");
        return Path.Combine(directory!.FullName, "Nop.Plugin.Misc.SalesCommission.Engine");
    }

    private static IEnumerable<string> EngineSources(string engine) =>
        Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(engine, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    [Test]
    public void Engine_source_uses_no_double_or_float()
    {
        var engine = EngineDirectory();
        var sources = EngineSources(engine).ToList();
        Assert.That(sources, Is.Not.Empty, "no engine source was found");

        var uses = sources
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetRelativePath(engine, file), Line: i + 1, Text: line)))
            .Where(l => FloatingPoint().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}");

        Assert.That(uses, Is.Empty);
    }
}
