namespace Nop.Plugin.Misc.SalesCommission.Engine.Targets;

/// <summary>
/// A program's accelerator (rules §7): once attainment reaches <see cref="ThresholdPercent"/> of the target,
/// the program's rate is multiplied by <see cref="Factor"/> for the part of the period's base above the
/// threshold. Rejects a negative threshold and a factor below 1 (an accelerator never slows commission down).
/// </summary>
public sealed record Accelerator
{
    /// <summary>Creates an accelerator.</summary>
    /// <param name="thresholdPercent">The attainment, in percent of the target, from which the factor applies (100 = the target itself); at least 0.</param>
    /// <param name="factor">What the program's rate is multiplied by above the threshold; at least 1.</param>
    public Accelerator(decimal thresholdPercent, decimal factor)
    {
        if (thresholdPercent < 0m)
            throw new ArgumentOutOfRangeException(nameof(thresholdPercent), "The accelerator's threshold must be at least 0%.");
        if (factor < 1m)
            throw new ArgumentOutOfRangeException(nameof(factor), "The accelerator's factor must be at least 1.");

        ThresholdPercent = thresholdPercent;
        Factor = factor;
    }

    /// <summary>The attainment, in percent of the target, from which the factor applies.</summary>
    public decimal ThresholdPercent { get; }

    /// <summary>What the program's rate is multiplied by above the threshold.</summary>
    public decimal Factor { get; }

    /// <summary>The credited NetSales at which the factor starts: threshold% × the target amount.</summary>
    public decimal ThresholdAmount(decimal targetAmount) => targetAmount * ThresholdPercent / 100m;
}
