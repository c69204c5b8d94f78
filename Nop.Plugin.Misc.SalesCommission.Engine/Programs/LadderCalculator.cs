using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

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
    public static Derivation Derive(Ladder ladder, decimal amount)
    {
        amount = Counted(ladder, amount);
        if (amount <= 0m)
            return ZeroF;

        var bands = ladder.Bands;
        if (ladder.Mode == LadderMode.WholeAmount)
            return HighestReached(bands, amount) is not { } band ? new Derivation("F.None")
                : band.Rate is { } rate ? RateBand(amount, rate)
                : FixedBand(band.Fixed ?? 0m);

        var parts = new List<Derivation>();
        for (var i = 0; i < bands.Count && bands[i].From <= amount; i++)
        {
            var band = bands[i];
            if (band.Rate is not { } rate)
                parts.Add(FixedBand(band.Fixed ?? 0m));
            else if (Math.Min(amount, band.To ?? amount) - band.From is > 0m and var slice)
                parts.Add(RateBand(slice, rate));
        }

        return parts.Count == 0 ? ZeroF : new Derivation("F", DerivationValue.Of(DerivationField.Parts, parts));
    }

    private static readonly Derivation ZeroF = new("F.Zero");

    private static Derivation RateBand(decimal slice, decimal rate) =>
        new("Band.Rate", DerivationValue.Of(DerivationField.Slice, slice), DerivationValue.Of(DerivationField.Rate, rate));

    private static Derivation FixedBand(decimal amount) => new("Band.Fixed", DerivationValue.Of(DerivationField.BandFixed, amount));

    /// <summary>
    /// A period ladder's step (rules §3.2.2): F on the total after this order, or F(after) − F(before) when the period
    /// already had a total; the values name the ladder, window, period, totals, top cut and share.
    /// </summary>
    /// <param name="kind">The derivation kind for a period's first total; ".First" is appended when nothing came before.</param>
    /// <param name="ladder">The ladder.</param>
    /// <param name="before">The period total before this order.</param>
    /// <param name="after">The period total after it.</param>
    /// <param name="paidAtUtc">When the order was paid (names the period).</param>
    /// <param name="head">The values before the totals (the line's product and rule).</param>
    /// <param name="tail">The values after the totals (top cut, share).</param>
    public static Derivation DerivePeriod(string kind, Ladder ladder, decimal before, decimal after, DateTime paidAtUtc,
        IEnumerable<DerivationValue> head, IEnumerable<DerivationValue> tail)
    {
        var values = new List<DerivationValue>(head)
        {
            DerivationValue.Of(DerivationField.Mode, ladder.Mode.ToString()),
            DerivationValue.Of(DerivationField.Window, ladder.Window.ToString()),
            DerivationValue.Of(DerivationField.Period, CommissionPeriod.Label(ladder.Window, CommissionPeriod.StartOf(ladder.Window, paidAtUtc)!.Value)),
            DerivationValue.Of(DerivationField.Amount, after),
            DerivationValue.Of(DerivationField.F, Derive(ladder, after))
        };
        values.AddRange(tail);
        if (before == 0m)
            return new Derivation(kind + ".First", values.ToArray());

        values.Add(DerivationValue.Of(DerivationField.Before, before));
        values.Add(DerivationValue.Of(DerivationField.FBefore, Derive(ladder, before)));
        return new Derivation(kind, values.ToArray());
    }

    /// <inheritdoc />
    public Commission Calculate(CalculationInput input)
    {
        var ladder = input.Program.Ladder!;
        if (input.BasisAmount == 0m)
            return new Commission(ExactAmount.Zero, input, Derivation);
        if (ladder.Window == LadderWindow.PerOrder)
            return new Commission(ExactAmount.Of(Evaluate(ladder, input.BasisAmount) * input.Split / 100m), input, Derivation);

        var before = input.PeriodTotalBefore;
        return new Commission(ExactAmount.Of(Evaluate(ladder, before + input.CreditedBase) - Evaluate(ladder, before)), input, Derivation);
    }

    private static Derivation Derivation(CalculationInput input)
    {
        var ladder = input.Program.Ladder!;
        if (input.BasisAmount == 0m)
            return new Derivation("Ladder.Zero", DerivationValue.Of(DerivationField.Mode, ladder.Mode.ToString()));

        if (ladder.Window == LadderWindow.PerOrder)
        {
            var basisAmount = input.BasisAmount;
            var atTop = AtTop(ladder, basisAmount);
            return new Derivation(atTop is null ? "Ladder" : "Ladder.AtTop", DerivationValue.Of(DerivationField.Mode, ladder.Mode.ToString()),
                DerivationValue.Of(DerivationField.Amount, basisAmount), DerivationValue.Of(DerivationField.AtTop, atTop),
                DerivationValue.Of(DerivationField.F, Derive(ladder, basisAmount)), DerivationValue.Of(DerivationField.Share, input.Share));
        }

        var before = input.PeriodTotalBefore;
        var after = before + input.CreditedBase;
        return DerivePeriod("Ladder.Period", ladder, before, after, input.Order.PaidAtUtc!.Value, [],
            [DerivationValue.Of(DerivationField.AtTop, AtTop(ladder, after)), DerivationValue.Of(DerivationField.Share, input.PeriodShare)]);
    }

    /// <summary>Says when an amount is cut at the ladder's top (" (counts as 5000, the ladder's top)"); null otherwise.</summary>
    private static Derivation? AtTop(Ladder ladder, decimal amount) =>
        Counted(ladder, amount) is var counted && counted != amount
            ? new Derivation("AtTop", DerivationValue.Of(DerivationField.Counted, counted))
            : null;

    /// <summary>The band containing the amount: the last whose start is at most the amount; null when none is reached.</summary>
    private static LadderBand? HighestReached(IReadOnlyList<LadderBand> bands, decimal amount)
    {
        LadderBand? reached = null;
        for (var i = 0; i < bands.Count && bands[i].From <= amount; i++)
            reached = bands[i];
        return reached;
    }
}
