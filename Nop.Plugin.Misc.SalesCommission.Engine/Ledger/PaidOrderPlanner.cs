using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// Plans what a paid order earns (rules §2–§4, §7): credits the order, selects each beneficiary's programs
/// under the stacking policy, computes each commission with its accelerator, caps it (§3.4), rounds it once, and adds
/// the overrides.
/// A host first asks <see cref="Needs"/> what history the plan reads, loads it once, then calls <see cref="Plan"/>.
/// </summary>
public static class PaidOrderPlanner
{
    /// <summary>The period totals, target attainments and period-cap sums planning this order reads; nothing for an unpaid order.</summary>
    /// <param name="setup">Staff, partners, clients, groups, products, programs and targets.</param>
    /// <param name="order">The paid order.</param>
    /// <param name="credit">The order's crediting (see <see cref="CreditingChoice"/>); null to credit it from the setup.</param>
    public static PaidOrderNeeds Needs(CommissionSetup setup, OrderSnapshot order, OrderCredit? credit = null)
    {
        var keys = new HashSet<PeriodKey>();
        var targets = new HashSet<SalesTarget>();
        var capKeys = new HashSet<CapKey>();
        if (order.PaidAtUtc is { } paidAt)
        {
            credit ??= CreditingPolicy.Credit(order, setup);
            var applicable = Applicable(setup, order);
            var amounts = OrderAmounts.Of(order, setup);
            foreach (var beneficiary in credit.Beneficiaries)
            {
                foreach (var program in ProgramMatcher.Select(applicable, beneficiary, setup.Stacking))
                {
                    var input = new CalculationInput(program, order, amounts.Under(program, setup), beneficiary.Split, 0m, 0, setup);
                    keys.UnionWith(PeriodTotals.KeysOf(input, beneficiary, paidAt));
                    if (TargetOf(setup, program, beneficiary, paidAt) is { } target)
                        targets.Add(target);
                    if (CapKey.For(program, beneficiary.Type, beneficiary.Id, paidAt) is { } capKey)
                        capKeys.Add(capKey);
                }
            }
        }

        return new PaidOrderNeeds(keys, targets, capKeys);
    }

    /// <summary>Plans the Direct and Override entries, the period contributions and the credited sales of a paid order.</summary>
    /// <param name="setup">Staff, partners, clients, groups, products, programs and targets.</param>
    /// <param name="order">The paid order.</param>
    /// <param name="clientOrderRank">The order's position (1-based) among its client's paid orders in its store.</param>
    /// <param name="periodTotalBefore">A beneficiary's credited base in a program and period before this order.</param>
    /// <param name="creditedBefore">
    /// A target's credited NetSales in its period before this order (paid-date order, ties by order id): the staff
    /// member's, or the team's sum for a group target. Null when no credited sales precede the order.
    /// </param>
    /// <param name="capPaidBefore">
    /// A beneficiary's Direct entry amounts already written in a program's cap period (rules §3.4; clawbacks and reversals
    /// do not free room). Null when the host has no such history: every period cap then starts empty.
    /// </param>
    /// <param name="credit">
    /// The order's crediting (see <see cref="CreditingChoice"/>: the one stored when it was paid); null to credit it from the setup.
    /// </param>
    public static PaidOrderPlan Plan(
        CommissionSetup setup, OrderSnapshot order, int clientOrderRank, Func<PeriodKey, decimal> periodTotalBefore,
        Func<SalesTarget, decimal>? creditedBefore = null, Func<CapKey, decimal>? capPaidBefore = null, OrderCredit? credit = null)
    {
        credit ??= CreditingPolicy.Credit(order, setup);
        if (order.PaidAtUtc is not { } paidAt)
            return new PaidOrderPlan(credit, [], [], []);

        var programs = setup.ProgramsInForce(paidAt);
        var client = setup.ClientOf(order.ClientId);
        Span<bool> applies = programs.Count <= 256 ? stackalloc bool[programs.Count] : new bool[programs.Count];
        for (var i = 0; i < programs.Count; i++)
            applies[i] = ProgramMatcher.AppliesTo(programs[i], order, client);

        var amounts = OrderAmounts.Of(order, setup);
        var planning = new PaidOrderPlanning(setup, order, paidAt, clientOrderRank, credit, amounts, periodTotalBefore, creditedBefore, capPaidBefore);
        for (var i = 0; i < credit.Staff.Count; i++)
            planning.Beneficiary(programs, applies, new Beneficiary(BeneficiaryType.Staff, credit.Staff[i].StaffId, credit.Staff[i].Split));
        for (var i = 0; i < credit.Partners.Count; i++)
            planning.Beneficiary(programs, applies, new Beneficiary(BeneficiaryType.Partner, credit.Partners[i], 100m));

        return planning.Finish(programs, applies);
    }

    private static List<ProgramTerms> Applicable(CommissionSetup setup, OrderSnapshot order)
    {
        var client = setup.ClientOf(order.ClientId);
        var applicable = new List<ProgramTerms>();
        foreach (var program in setup.ProgramsInForce(order.PaidAtUtc!.Value))
        {
            if (ProgramMatcher.AppliesTo(program, order, client))
                applicable.Add(program);
        }

        return applicable;
    }

    /// <summary>The target a staff member's Direct entry is accelerated against; null without an accelerator or a target.</summary>
    internal static SalesTarget? TargetOf(CommissionSetup setup, ProgramTerms program, Beneficiary beneficiary, DateTime paidAt) =>
        program.Accelerator is not null && beneficiary.Type == BeneficiaryType.Staff ? setup.TargetOf(beneficiary.Id, paidAt) : null;

    /// <summary>
    /// The accelerator's <c>base</c> (rules §7): this order's credited NetSales of the member for an own target; for a team
    /// quota, summed over the order's credited staff who count toward it, so teammates on one order share one figure.
    /// </summary>
    internal static decimal TargetBase(CommissionSetup setup, SalesTarget target, OrderCredit credit, OrderAmounts amounts, Beneficiary member)
    {
        if (target.GroupId is null)
            return CreditedNetSales(amounts, member.Split);

        var team = setup.StaffCountedToward(target);
        var sum = 0m;
        foreach (var share in credit.Staff)
        {
            if (team.Contains(share.StaffId))
                sum += CreditedNetSales(amounts, share.Split);
        }

        return sum;
    }

    /// <summary>
    /// A credited member's NetSales on this order as the accelerator measures it: split% × the order's attainment NetSales
    /// (gift card lines left out, as attainment does, rules §7), unrounded.
    /// </summary>
    private static decimal CreditedNetSales(OrderAmounts amounts, decimal split) => amounts.AttainmentNetSales * split / 100m;
}
