namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>One problem of an input, naming the field ("programs[0].ladder.bands[1].from: bands must ascend").</summary>
/// <param name="Path">The field path.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ScenarioError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
