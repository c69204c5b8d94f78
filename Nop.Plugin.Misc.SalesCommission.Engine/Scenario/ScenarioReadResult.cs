namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>The outcome of reading a scenario: the scenario, or every problem found.</summary>
/// <param name="Scenario">The scenario when there is no error; null otherwise.</param>
/// <param name="Errors">The problems, one per field.</param>
public sealed record ScenarioReadResult(CommissionScenario? Scenario, IReadOnlyList<ScenarioError> Errors)
{
    /// <summary>True when the scenario is valid.</summary>
    public bool IsValid => Errors.Count == 0;
}
