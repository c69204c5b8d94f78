namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>The calculator of each program type: every <see cref="ICommissionCalculator"/> of the engine, found by its type.</summary>
public static class CommissionCalculators
{
    private static readonly Dictionary<ProgramType, ICommissionCalculator> ByType = typeof(ICommissionCalculator).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ICommissionCalculator).IsAssignableFrom(type))
        .Select(type => (ICommissionCalculator)Activator.CreateInstance(type)!)
        .ToDictionary(calculator => calculator.Type);

    /// <summary>The calculator of a program's type; a program of an unknown type is refused by name.</summary>
    public static ICommissionCalculator For(ProgramTerms program) =>
        ByType.TryGetValue(program.Type, out var calculator)
            ? calculator
            : throw new InvalidOperationException($"Program '{program.Id}' ({program.Name}) has an unknown type {(int)program.Type}");
}
