using System.Xml.Linq;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Plugin;

/// <summary>
/// The program editor builds its messages' keys from the engine's problems ("Programs.Problem.{issue}"), which the
/// key scan of the sources cannot see: every problem the engine can report has its English message.
/// </summary>
[TestFixture]
public sealed class ProgramProblemResourceTests
{
    private static HashSet<string> EnglishKeys()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nop.Plugin.Misc.SalesCommission.sln")))
            directory = directory.Parent;
        Assert.That(directory, Is.Not.Null, "the solution folder was not found above the test assembly");

        var file = Path.Combine(directory!.FullName, "Nop.Plugin.Misc.SalesCommission", "Localization", "Programs.en.xml");
        return XDocument.Load(file).Root!.Elements("LocaleResource")
            .Select(resource => (string?)resource.Attribute("Name") ?? string.Empty)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    [Test]
    public void Every_program_problem_has_an_english_message()
    {
        var keys = EnglishKeys();
        //a rule of a type's own terms has its message under the type and the rule's code ("Problem.{type}.{code}")
        var missing = Enum.GetNames<ProgramIssue>().Where(issue => issue != nameof(ProgramIssue.TypeTermsRule))
            .Select(issue => "Plugins.Misc.SalesCommission.Programs.Problem." + issue)
            .Where(key => !keys.Contains(key));

        Assert.That(missing, Is.Empty);
    }

    [TestCase("Product")]
    [TestCase("Category")]
    [TestCase("Store")]
    [TestCase("ClientGroup")]
    [TestCase("Client")]
    [TestCase("Staff")]
    [TestCase("Partner")]
    public void Every_kind_of_unknown_id_has_an_english_message(string kind)
    {
        Assert.That(EnglishKeys(), Does.Contain("Plugins.Misc.SalesCommission.Programs.Unknown." + kind));
    }
}
