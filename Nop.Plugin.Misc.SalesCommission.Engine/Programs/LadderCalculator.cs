namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// Ladder (rules §3.2.2). Per order: the ladder's commission F on the order's base. Per period:
/// F(period total + this order's share) − F(period total), so marginal ladders never re-rate earlier
/// orders and whole-amount ladders put the catch-up on the order that crosses a band.
/// </summary>
public sealed class LadderCalculator : ICommissionCalculator
{
    /// <inheritdoc />
    public ProgramType Type => ProgramType.Ladder;

    /// <summary>
    /// F: the ladder's commission on an amount. A band is reached when its start is at most the amount;
    /// marginal ladders pay every reached band (its slice at its rate, or its fixed amount), whole-amount
    /// ladders pay the highest band reached (the whole amount at its rate, or its fixed amount). F(0) = 0.
    /// An amount at or above the last band's <c>to</c> counts as <c>to</c> (rules §3.4).
    /// </summary>
    public static decimal Evaluate(Ladder ladder, decimal amount)
    {
        amount = Counted(ladder, amount);
        if (amount <= 0m)
            return 0m;

        var bands = ladder.Bands;
        if (ladder.Mode == LadderMode.WholeAmount)
            return HighestReached(bands, amount) is { } band ? band.Rate is { } rate ? amount * rate / 100m : band.Fixed ?? 0m : 0m;

        var total = 0m;
        for (var i = 0; i < bands.Count && bands[i].From <= amount; i++)
        {
            var band = bands[i];
            if (band.Rate is { } rate)
                total += Math.Max(0m, Math.Min(amount, band.To ?? amount) - band.From) * rate / 100m;
            else
                total += band.Fixed ?? 0m;
        }

        return total;
    }

    /// <summary>
    /// The amount the ladder measures (rules §3.4): the amount itself, or the last band's <c>to</c> when the amount is at
    /// or above it, so the base above the top of a capped ladder earns nothing more.
    /// </summary>
    public static decimal Counted(Ladder ladder, decimal amount) =>
        ladder.Bands.Count > 0 && ladder.Bands[^1].To is { } top && amount > top ? top : amount;

    /// <summary>How F of an amount is made up, band by band ("3000×2% + 2000×3% + 525×4%").</summary>
    public static string Derive(Ladder ladder, decimal amount)
    {
        amount = Counted(ladder, amount);
        if (amount <= 0m)
            return "0";

        var bands = ladder.Bands;
        if (ladder.Mode == LadderMode.WholeAmount)
            return HighestReached(bands, amount) is not { } band ? "no band reached"
                : band.Rate is { } rate ? $"{Money.FormatPlain(amount)}×{Money.FormatPercent(rate)}"
                : $"fixed {Money.FormatPlain(band.Fixed ?? 0m)}";

        var parts = new List<string>();
        for (var i = 0; i < bands.Count && bands[i].From <= amount; i++)
        {
            var band = bands[i];
            if (band.Rate is not { } rate)
                parts.Add($"fixed {Money.FormatPlain(band.Fixed ?? 0m)}");
            else if (Math.Min(amount, band.To ?? amount) - band.From is > 0m and var slice)
                parts.Add($"{Money.FormatPlain(slice)}×{Money.FormatPercent(rate)}");
        }

        return parts.Count == 0 ? "0" : string.Join(" + ", parts);
    }

    /// <inheritdoc />
    public Commission Calculate(CalculationInput input)
    {
        var ladder = input.Program.Ladder!;
        if (input.BasisAmount == 0m)
            return Commission.Nothing(() => $"Ladder ({ladder.Mode}): basis amount is 0");

        if (ladder.Window == LadderWindow.PerOrder)
        {
            var basisAmount = input.BasisAmount;
            return new Commission(ExactAmount.Of(Evaluate(ladder, basisAmount) * input.Split / 100m), () =>
            {
                var atTop = AtTop(ladder, basisAmount);
                var head = atTop.Length == 0 ? string.Empty : $"base {Money.FormatPlain(basisAmount)}{atTop}: ";
                return $"Ladder ({ladder.Mode}): {head}{Derive(ladder, basisAmount)}{input.SplitText}";
            });
        }

        var before = input.PeriodTotalBefore;
        var after = before + input.CreditedBase;
        return new Commission(ExactAmount.Of(Evaluate(ladder, after) - Evaluate(ladder, before)), () =>
        {
            var label = $"Ladder ({ladder.Mode}, {ladder.Window} " +
                        $"{CommissionPeriod.Label(ladder.Window, CommissionPeriod.StartOf(ladder.Window, input.Order.PaidAtUtc!.Value)!.Value)})";
            var atTop = AtTop(ladder, after);
            return before == 0m
                ? $"{label}: period total {Money.FormatPlain(after)}{atTop}{input.SplitText}: {Derive(ladder, after)}"
                : $"{label}: period total {Money.FormatPlain(before)} → {Money.FormatPlain(after)}{atTop}{input.SplitText}: " +
                  $"F({Money.FormatPlain(after)}) − F({Money.FormatPlain(before)}) = ({Derive(ladder, after)}) − ({Derive(ladder, before)})";
        });
    }

    /// <summary>Says when an amount is cut at the ladder's top (" (counts as 5000, the ladder's top)"); empty otherwise.</summary>
    private static string AtTop(Ladder ladder, decimal amount) =>
        Counted(ladder, amount) is var counted && counted != amount
            ? $" (counts as {Money.FormatPlain(counted)}, the ladder's top)"
            : string.Empty;

    /// <summary>The band containing the amount: the last whose start is at most the amount; null when none is reached.</summary>
    private static LadderBand? HighestReached(IReadOnlyList<LadderBand> bands, decimal amount)
    {
        LadderBand? reached = null;
        for (var i = 0; i < bands.Count && bands[i].From <= amount; i++)
            reached = bands[i];
        return reached;
    }
}
