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
        new PerQuantityCalculator(),
        new ProductLadderCalculator()
    }.ToDictionary(c => c.Type);

    /// <summary>The calculator of a program's type; a program of an unknown type is refused by name.</summary>
    public static ICommissionCalculator For(ProgramTerms program) =>
        ByType.TryGetValue(program.Type, out var calculator)
            ? calculator
            : throw new InvalidOperationException($"Program '{program.Id}' ({program.Name}) has an unknown type {(int)program.Type}");
}
