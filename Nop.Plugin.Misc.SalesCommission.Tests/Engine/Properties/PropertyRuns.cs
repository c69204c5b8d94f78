using FsCheck;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Properties;

/// <summary>Runs a property a moderate number of times, failing the test with the counter-example when it does not hold.</summary>
public static class PropertyRuns
{
    /// <summary>Checks that the property holds for <paramref name="maxTest"/> generated cases.</summary>
    public static void Verify(Property property, int maxTest = 150) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest), property);
}
