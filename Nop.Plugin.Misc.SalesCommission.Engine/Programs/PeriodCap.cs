namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// A program's cap per calendar period (rules §3.4): the Direct entries one beneficiary earns from the program in one
/// month, quarter or year add up to at most <see cref="Amount"/>.
/// </summary>
/// <param name="Window">The calendar period: Month, Quarter or Year (of the paid time in UTC).</param>
/// <param name="Amount">The most the beneficiary's Direct entries of one period add up to; above 0.</param>
public sealed record PeriodCap(LadderWindow Window, decimal Amount);
