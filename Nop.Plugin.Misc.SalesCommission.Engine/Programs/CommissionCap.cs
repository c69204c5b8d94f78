namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// A program's caps on Direct entries (rules §3.4): <c>capPerOrder</c> on the exact amount after split and accelerator,
/// then <c>capPerPeriod</c> on what is left in the period, counted in written entries:
/// <c>round(min(amount, cap − Σ earlier entries))</c>, nothing once the cap is reached.
/// </summary>
public static class CommissionCap
{
    /// <summary>True when an amount can be a cap (per order or per period): above 0.</summary>
    public static bool IsCapAmount(decimal amount) => amount > 0m;

    /// <summary>Caps one beneficiary's exact Direct commission on one order.</summary>
    /// <param name="program">The program and its caps.</param>
    /// <param name="exact">The exact commission after split and accelerator.</param>
    /// <param name="paidInPeriod">The beneficiary's Direct entries already written in the cap's period (0 without a period cap).</param>
    /// <param name="paidAtUtc">When the order was paid (names the cap's period).</param>
    public static CappedCommission Apply(ProgramTerms program, decimal exact, decimal paidInPeriod, DateTime paidAtUtc)
    {
        var cuts = new List<string>();
        if (program.CapPerOrder is { } perOrder && exact > perOrder)
        {
            exact = perOrder;
            cuts.Add($"capped at {Money.FormatExact(perOrder)} per order");
        }

        if (program.CapPerPeriod is { } perPeriod && exact > perPeriod.Amount - paidInPeriod)
        {
            var room = Math.Max(0m, perPeriod.Amount - paidInPeriod);
            cuts.Add($"{perPeriod.Window} cap {Money.FormatExact(perPeriod.Amount)} for " +
                     $"{CommissionPeriod.Label(perPeriod.Window, CommissionPeriod.StartOf(perPeriod.Window, paidAtUtc)!.Value)} " +
                     $"with {Money.FormatExact(paidInPeriod)} already paid leaves {Money.FormatExact(room)}");
            exact = room;
        }

        return new CappedCommission(exact, Money.Round(exact), cuts.Count == 0 ? null : string.Join("; ", cuts));
    }
}
