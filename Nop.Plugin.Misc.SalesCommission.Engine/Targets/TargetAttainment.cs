namespace Nop.Plugin.Misc.SalesCommission.Engine.Targets;

/// <summary>
/// How far a target is reached (rules §7): credited NetSales of the orders paid in its period ÷ its amount.
/// Every figure is exact (unrounded); a report rounds only what it prints.
/// </summary>
/// <param name="Target">The target.</param>
/// <param name="CreditedNetSales">The credited NetSales counted toward it in its period (the team's sum for a group target).</param>
public sealed record TargetAttainment(SalesTarget Target, decimal CreditedNetSales)
{
    /// <summary>Attainment as a ratio: 0.85 for 85%; above 1 when the target is exceeded.</summary>
    public decimal Ratio => CreditedNetSales / Target.Amount;

    /// <summary>Attainment in percent: 85 for 85%.</summary>
    public decimal Percent => CreditedNetSales * 100m / Target.Amount;

    /// <summary>Attainment in percent as every page shows it: rounded once, by <see cref="Money.RoundPercent"/>.</summary>
    public decimal ShownPercent => Money.RoundPercent(Percent);

    /// <summary>Credited NetSales still missing to reach the target; 0 once it is reached.</summary>
    public decimal Remaining => Math.Max(0m, Target.Amount - CreditedNetSales);

    /// <summary>True once the credited NetSales reach the target amount.</summary>
    public bool IsMet => CreditedNetSales >= Target.Amount;

    /// <summary>The arithmetic as a rep reads it ("Target t1 (ann, Month from 2026-03-01): 17000.00 of 20000.00 = 85%").</summary>
    public string Derivation =>
        $"Target {Target.Id} ({Target.Label}): {Money.FormatExact(CreditedNetSales)} of {Money.FormatExact(Target.Amount)} = " +
        $"{Money.FormatPercent(Math.Round(Percent, 6, MidpointRounding.AwayFromZero))}";
}
