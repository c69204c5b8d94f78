using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

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
    /// What is wrong with a program's accelerator settings, or null when they are fine; the rule is
    /// <see cref="ProgramDraftCheck.AcceleratorIssues"/>'s, this is how a stored row's log line words it.
    /// </summary>
    public static string? ProblemWith(decimal? thresholdPercent, decimal? factor) =>
        ProgramDraftCheck.AcceleratorIssues(thresholdPercent, factor).Select(issue => issue switch
        {
            ProgramIssue.AcceleratorIncomplete => thresholdPercent is null
                ? "the accelerator's threshold is missing"
                : "the accelerator's factor is missing",
            ProgramIssue.AcceleratorThresholdNegative => "the accelerator's threshold must be at least 0%",
            _ => "the accelerator's factor must be at least 1"
        }).FirstOrDefault();

    /// <summary>The accelerator of valid settings (see <see cref="ProblemWith"/>), or null when both are absent.</summary>
    public static Accelerator? Of(decimal? thresholdPercent, decimal? factor) =>
        thresholdPercent is { } threshold && factor is { } times ? new Accelerator(threshold, times) : null;

    /// <summary>What the program's rate is multiplied by above the threshold.</summary>
    public decimal Factor { get; }

    /// <summary>The credited NetSales at which the factor starts: threshold% × the target amount.</summary>
    public decimal ThresholdAmount(decimal targetAmount) => targetAmount * ThresholdPercent / 100m;
}
