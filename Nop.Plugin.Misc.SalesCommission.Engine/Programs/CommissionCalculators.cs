namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>The calculator of each program type.</summary>
public static class CommissionCalculators
{
    private static readonly Dictionary<ProgramType, ICommissionCalculator> ByType = new ICommissionCalculator[]
    {
        new PercentOfOrderCalculator(),
        new LadderCalculator(),
        new PercentPerProductCalculator(),
        new FirstOrderCalculator(),
        new PerQuantityCalculator()
    }.ToDictionary(c => c.Type);

    /// <summary>The calculator of a program type.</summary>
    public static ICommissionCalculator For(ProgramType type) => ByType[type];
}
