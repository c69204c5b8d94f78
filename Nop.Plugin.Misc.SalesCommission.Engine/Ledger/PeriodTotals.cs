using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// Which period totals a program's commission on an order reads and what the order adds to them (rules §3.2.2, §3.2.6):
/// a period Ladder reads and adds the beneficiary's credited base; a ProductLadder reads and adds, per rule target with a
/// period window, the beneficiary's share of each line. Only a program that pays the beneficiary is asked (§9.6).
/// </summary>
internal static class PeriodTotals
{
    /// <summary>The period totals the calculation reads.</summary>
    public static IEnumerable<PeriodKey> KeysOf(CalculationInput input, Beneficiary beneficiary, DateTime paidAt)
    {
        if (input.Program.Type != ProgramType.ProductLadder)
        {
            if (KeyOf(input.Program, beneficiary, input.Program.Window, paidAt, null) is { } key)
                yield return key;
            yield break;
        }

        foreach (var line in ProductLadderCalculator.LinesOf(input))
        {
            if (KeyOf(input.Program, beneficiary, line.Rule.Ladder.Window, paidAt, line.Rule.Target) is { } key)
                yield return key;
        }
    }

    /// <summary>The calculation input of a beneficiary's commission under a program, reading their period totals before this order.</summary>
    public static CalculationInput Reading(ProgramTerms program, OrderSnapshot order, OrderAmounts amounts, Beneficiary beneficiary,
        int clientOrderRank, CommissionSetup setup, DateTime paidAt, Func<PeriodKey, decimal> totalBefore)
    {
        if (program.Type == ProgramType.ProductLadder)
            return new CalculationInput(program, order, amounts, beneficiary.Split, 0m, clientOrderRank, setup)
            {
                LadderTotalBefore = LadderTotalsBefore(program, beneficiary, paidAt, totalBefore)
            };

        var before = KeyOf(program, beneficiary, program.Window, paidAt, null) is { } key ? totalBefore(key) : 0m;
        return new CalculationInput(program, order, amounts, beneficiary.Split, before, clientOrderRank, setup);
    }

    /// <summary>
    /// A ProductLadder's period totals before this order, per rule target (a closure of its own, so other programs' inputs
    /// allocate none).
    /// </summary>
    private static Func<ProductLadderRule, decimal> LadderTotalsBefore(
        ProgramTerms program, Beneficiary beneficiary, DateTime paidAt, Func<PeriodKey, decimal> totalBefore) =>
        rule => KeyOf(program, beneficiary, rule.Ladder.Window, paidAt, rule.Target) is { } ladderKey ? totalBefore(ladderKey) : 0m;

    /// <summary>True when the program's commissions read and add to period totals: a period Ladder or a ProductLadder.</summary>
    public static bool AddsTo(ProgramTerms program) =>
        program.Type == ProgramType.ProductLadder || CommissionPeriod.IsCalendar(program.Window);

    /// <summary>Adds what the order adds to the beneficiary's period totals: one contribution per total, in the order first added.</summary>
    public static void AddContributions(List<PeriodContribution> contributions, CalculationInput input, Beneficiary beneficiary, DateTime paidAt)
    {
        var program = input.Program;
        if (program.Type != ProgramType.ProductLadder)
        {
            if (KeyOf(program, beneficiary, program.Window, paidAt, null) is { } key)
                contributions.Add(new PeriodContribution(input.Order.Id, key, input.CreditedBase));
            return;
        }

        var first = contributions.Count;
        foreach (var line in ProductLadderCalculator.LinesOf(input))
        {
            if (KeyOf(program, beneficiary, line.Rule.Ladder.Window, paidAt, line.Rule.Target) is not { } key)
                continue;
            var share = ProductLadderCalculator.ShareOf(line, input);
            var i = contributions.FindIndex(first, c => c.Key == key);
            if (i < 0)
                contributions.Add(new PeriodContribution(input.Order.Id, key, share));
            else
                contributions[i] = contributions[i] with { Amount = contributions[i].Amount + share };
        }
    }

    private static PeriodKey? KeyOf(ProgramTerms program, Beneficiary beneficiary, LadderWindow window, DateTime paidAt, string? target) =>
        CommissionPeriod.StartOf(window, paidAt) is { } start
            ? new PeriodKey(program.Id, beneficiary.Type, beneficiary.Id, start, target)
            : null;
}
