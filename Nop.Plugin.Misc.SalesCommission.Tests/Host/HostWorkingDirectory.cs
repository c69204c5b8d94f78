using System.Reflection;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host;

/// <summary>
/// The host's test base finds the store's content root from the working directory, so host tests run from the
/// nopCommerce test project's folder (the source tree given at build time as NopSrc).
/// </summary>
[SetUpFixture]
public class HostWorkingDirectory
{
    /// <summary>Moves into the host test project's output folder before any host test starts.</summary>
    [OneTimeSetUp]
    public void EnterHostTestFolder()
    {
        var nopSrc = typeof(HostWorkingDirectory).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "NopSrc").Value!;
        var folder = Path.Combine(nopSrc, "Tests", "Nop.Tests", "bin");
        Directory.SetCurrentDirectory(folder);
    }
}
