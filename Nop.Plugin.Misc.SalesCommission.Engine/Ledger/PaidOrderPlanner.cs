using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// Plans what a paid order earns (rules §2–§4): credits the order, selects each beneficiary's programs
/// under the stacking policy, computes each commission, rounds it once, and adds the overrides.
/// </summary>
public static class PaidOrderPlanner
{
    /// <summary>Plans the Direct and Override entries and the period contributions of a paid order.</summary>
    /// <param name="setup">Staff, partners, clients, groups, products and programs.</param>
    /// <param name="order">The paid order.</param>
    /// <param name="clientOrderRank">The order's position (1-based) among its client's paid orders in its store.</param>
    /// <param name="periodTotalBefore">A beneficiary's credited base in a program and period before this order.</param>
    /// <param name="targets">The targets accelerators measure against, and their progress before this order; none when null.</param>
    public static PaidOrderPlan Plan(
        CommissionSetup setup, OrderSnapshot order, int clientOrderRank, Func<PeriodKey, decimal> periodTotalBefore,
        TargetProgress? targets = null)
    {
        var credit = CreditingPolicy.Credit(order, setup);
        if (order.PaidAtUtc is not { } paidAt)
            return new PaidOrderPlan(credit, [], []);

        var client = setup.ClientOf(order.ClientId);
        var applicable = setup.Programs.Where(p => ProgramMatcher.AppliesTo(p, order, client)).ToList();
        var amounts = new OrderAmounts(order);
        var entries = new List<LedgerEntry>();
        var contributions = new List<PeriodContribution>();
        var sellers = new Dictionary<string, List<SellerCommission>>(StringComparer.Ordinal);

        foreach (var beneficiary in credit.Beneficiaries)
        {
            foreach (var program in ProgramMatcher.Select(applicable, beneficiary, setup.Stacking))
            {
                var periodKey = CommissionPeriod.StartOf(program.Window, paidAt) is { } start
                    ? new PeriodKey(program.Id, beneficiary.Type, beneficiary.Id, start)
                    : (PeriodKey?)null;
                var input = new CalculationInput(program, order, amounts, beneficiary.Split,
                    periodKey is { } k ? periodTotalBefore(k) : 0m, clientOrderRank, setup);
                var commission = Accelerate(CommissionCalculators.For(program).Calculate(input), program, beneficiary,
                    amounts, paidAt, setup, targets ?? TargetProgress.None);
                var amount = Money.Round(commission.Amount.Value);

                if (periodKey is { } key)
                    contributions.Add(new PeriodContribution(order.Id, key, input.CreditedBase));
                if (amount != 0m)
                    entries.Add(new LedgerEntry(order.Id, program.Id, beneficiary.Type, beneficiary.Id, EntryKind.Direct, 0,
                        Money.Round(input.CreditedBase), amount, Explain(commission, input)));
                if (beneficiary.Type == BeneficiaryType.Staff)
                    SellersOf(sellers, program.Id).Add(new SellerCommission(beneficiary.Id, amount, input.CreditedBase));
            }
        }

        foreach (var program in applicable.Where(p => sellers.ContainsKey(p.Id)))
            entries.AddRange(OverridePlanner.Plan(program, sellers[program.Id], setup, order.Id));

        return new PaidOrderPlan(credit, entries, contributions);
    }

    /// <summary>
    /// Adds a program's accelerator to a staff member's commission (rules §7): the part of their credited NetSales
    /// above the threshold of the target covering the paid date pays (factor − 1) × more; the sum is rounded once
    /// with the commission, and the explanation shows both.
    /// </summary>
    private static Commission Accelerate(Commission commission, CommissionProgram program, Beneficiary beneficiary,
        OrderAmounts amounts, DateTime paidAt, CommissionSetup setup, TargetProgress targets)
    {
        if (program.Accelerator is not { } accelerator || beneficiary.Type != BeneficiaryType.Staff
            || targets.TargetOf(beneficiary.Id, paidAt, setup.Groups) is not { } target)
            return commission;

        var creditedNetSales = amounts.NetSales * beneficiary.Split / 100m;
        var extra = AcceleratorCalculator.Extra(accelerator, commission.Amount, targets.CreditedBefore(target), creditedNetSales, target.Amount);
        return extra.Amount.IsZero
            ? commission
            : new Commission(commission.Amount.Plus(extra.Amount), $"({commission.Derivation}) + {extra.Derivation}");
    }

    private static List<SellerCommission> SellersOf(Dictionary<string, List<SellerCommission>> sellers, string programId)
    {
        if (!sellers.TryGetValue(programId, out var list))
            sellers[programId] = list = [];
        return list;
    }

    private static string Explain(Commission commission, CalculationInput input) =>
        $"{commission.Derivation} = {Money.FormatResult(commission.Amount.Value)} on {input.Program.Basis} " +
        $"{Money.FormatExact(input.BasisAmount)} of order #{input.Order.Id}";
}
