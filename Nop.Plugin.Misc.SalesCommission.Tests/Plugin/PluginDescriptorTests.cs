using System.Text.Json;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Plugin;

/// <summary>
/// The plugin's descriptor lives once, at the repository's top level; nopCommerce 4.90 loads a plugin only when its
/// descriptor names that version and a main assembly that the plugin project builds.
/// </summary>
[TestFixture]
public sealed class PluginDescriptorTests
{
    private static string RepositoryDirectory()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nop.Plugin.Misc.SalesCommission.sln")))
            directory = directory.Parent;
        Assert.That(directory, Is.Not.Null, "the solution folder was not found above the test assembly");
        return directory!.FullName;
    }

    [Test]
    public void The_descriptor_is_at_the_top_level_only_and_names_nopCommerce_4_90_and_the_plugin_assembly()
    {
        var repository = RepositoryDirectory();
        using var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(repository, "plugin.json")));
        var root = descriptor.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("SystemName").GetString(), Is.EqualTo("Misc.SalesCommission"));
            Assert.That(root.GetProperty("Group").GetString(), Is.EqualTo("Misc"));
            Assert.That(root.GetProperty("SupportedVersions").EnumerateArray().Select(v => v.GetString()), Is.EqualTo(new[] { "4.90" }));
            Assert.That(root.GetProperty("FileName").GetString(), Is.EqualTo("Nop.Plugin.Misc.SalesCommission.dll"));
            Assert.That(File.Exists(Path.Combine(repository, "Nop.Plugin.Misc.SalesCommission", "plugin.json")), Is.False,
                "a second copy of the descriptor would drift");
        });
    }
}
