using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

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
        List<Derivation>? cuts = null;
        if (program.CapPerOrder is { } perOrder && exact > perOrder)
        {
            exact = perOrder;
            (cuts ??= []).Add(new Derivation("Cap.PerOrder", DerivationValue.Of(DerivationField.Cap, perOrder)));
        }

        if (program.CapPerPeriod is { } perPeriod && exact > perPeriod.Amount - paidInPeriod)
        {
            var room = Math.Max(0m, perPeriod.Amount - paidInPeriod);
            (cuts ??= []).Add(new Derivation("Cap.PerPeriod", DerivationValue.Of(DerivationField.Window, perPeriod.Window.ToString()),
                DerivationValue.Of(DerivationField.Cap, perPeriod.Amount),
                DerivationValue.Of(DerivationField.Period, CommissionPeriod.Label(perPeriod.Window, CommissionPeriod.StartOf(perPeriod.Window, paidAtUtc)!.Value)),
                DerivationValue.Of(DerivationField.Paid, paidInPeriod), DerivationValue.Of(DerivationField.Room, room)));
            exact = room;
        }

        return new CappedCommission(exact, Money.Round(exact), cuts);
    }
}
