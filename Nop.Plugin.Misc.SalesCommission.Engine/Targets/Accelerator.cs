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

    /// <summary>
    /// What is wrong with a program's accelerator settings, or null when they are fine: both absent (no accelerator)
    /// or a threshold of at least 0% with a factor of at least 1.
    /// </summary>
    public static string? ProblemWith(decimal? thresholdPercent, decimal? factor) => (thresholdPercent, factor) switch
    {
        (null, null) => null,
        (null, _) => "the accelerator's threshold is missing",
        (_, null) => "the accelerator's factor is missing",
        ( < 0m, _) => "the accelerator's threshold must be at least 0%",
        (_, < 1m) => "the accelerator's factor must be at least 1",
        _ => null
    };

    /// <summary>The accelerator of valid settings (see <see cref="ProblemWith"/>), or null when both are absent.</summary>
    public static Accelerator? Of(decimal? thresholdPercent, decimal? factor) =>
        thresholdPercent is { } threshold && factor is { } times ? new Accelerator(threshold, times) : null;

    /// <summary>What the program's rate is multiplied by above the threshold.</summary>
    public decimal Factor { get; }

    /// <summary>The credited NetSales at which the factor starts: threshold% × the target amount.</summary>
    public decimal ThresholdAmount(decimal targetAmount) => targetAmount * ThresholdPercent / 100m;
}
