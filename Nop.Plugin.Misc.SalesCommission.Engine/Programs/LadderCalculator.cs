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
    /// </summary>
    public static (decimal Amount, string Derivation) Evaluate(Ladder ladder, decimal amount)
    {
        if (amount <= 0m)
            return (0m, "0");

        if (ladder.Mode == LadderMode.WholeAmount)
        {
            var band = ladder.Bands.LastOrDefault(b => b.From <= amount);
            if (band is null)
                return (0m, "no band reached");
            return band.Rate is { } rate
                ? (amount * rate / 100m, $"{Money.FormatPlain(amount)}×{Money.FormatPercent(rate)}")
                : (band.Fixed ?? 0m, $"fixed {Money.FormatPlain(band.Fixed ?? 0m)}");
        }

        var total = 0m;
        var parts = new List<string>();
        foreach (var band in ladder.Bands.Where(b => b.From <= amount))
        {
            if (band.Rate is { } rate)
            {
                var slice = Math.Min(amount, band.To ?? amount) - band.From;
                if (slice <= 0m)
                    continue;
                total += slice * rate / 100m;
                parts.Add($"{Money.FormatPlain(slice)}×{Money.FormatPercent(rate)}");
            }
            else
            {
                total += band.Fixed ?? 0m;
                parts.Add($"fixed {Money.FormatPlain(band.Fixed ?? 0m)}");
            }
        }

        return (total, parts.Count == 0 ? "0" : string.Join(" + ", parts));
    }

    /// <inheritdoc />
    public Commission Calculate(CalculationInput input)
    {
        var ladder = input.Program.Ladder!;
        var label = $"Ladder ({ladder.Mode}";
        if (input.BasisAmount == 0m)
            return Commission.Nothing($"{label}): basis amount is 0");

        if (ladder.Window == LadderWindow.PerOrder)
        {
            var (amount, derivation) = Evaluate(ladder, input.BasisAmount);
            return new Commission(ExactAmount.Of(amount * input.Split / 100m), $"{label}): {derivation}{input.SplitText}");
        }

        var before = input.PeriodTotalBefore;
        var after = before + input.CreditedBase;
        var (fAfter, afterDerivation) = Evaluate(ladder, after);
        var (fBefore, beforeDerivation) = Evaluate(ladder, before);
        var period = CommissionPeriod.Label(ladder.Window, CommissionPeriod.StartOf(ladder.Window, input.Order.PaidAtUtc!.Value)!.Value);
        var text = before == 0m
            ? $"{label}, {ladder.Window} {period}): period total {Money.FormatPlain(after)}{input.SplitText}: {afterDerivation}"
            : $"{label}, {ladder.Window} {period}): period total {Money.FormatPlain(before)} → {Money.FormatPlain(after)}{input.SplitText}: " +
              $"F({Money.FormatPlain(after)}) − F({Money.FormatPlain(before)}) = ({afterDerivation}) − ({beforeDerivation})";
        return new Commission(ExactAmount.Of(fAfter - fBefore), text);
    }
}
