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

        var applicable = Applicable(setup, order);
        var amounts = OrderAmounts.Of(order, setup);
        var entries = new List<LedgerEntry>();
        var contributions = new List<PeriodContribution>();
        var sellers = new Dictionary<string, List<SellerCommission>>(StringComparer.Ordinal);

        foreach (var beneficiary in credit.Beneficiaries)
        {
            foreach (var program in ProgramMatcher.Select(applicable, beneficiary, setup.Stacking))
            {
                var input = PeriodTotals.Reading(new CalculationInput(program, order, amounts.Under(program, setup), beneficiary.Split,
                    0m, clientOrderRank, setup), beneficiary, paidAt, periodTotalBefore);
                var commission = CommissionCalculators.For(program).Calculate(input);
                var target = TargetOf(setup, program, beneficiary, paidAt);
                var extra = target is null
                    ? null
                    : AcceleratorCalculator.Extra(program.Accelerator!, commission.Amount, creditedBefore?.Invoke(target) ?? 0m,
                        TargetBase(setup, target, credit, amounts, beneficiary), target.Amount);
                var exact = extra is null ? commission.Amount : commission.Amount.Plus(extra.Amount);
                var capped = CommissionCap.Apply(program, exact.Value,
                    CapKey.For(program, beneficiary.Type, beneficiary.Id, paidAt) is { } capKey ? capPaidBefore?.Invoke(capKey) ?? 0m : 0m,
                    paidAt);
                var amount = capped.Amount;

                contributions.AddRange(PeriodTotals.Contributions(input, beneficiary, paidAt));
                if (amount != 0m)
                    entries.Add(new LedgerEntry(order.Id, program.Id, beneficiary.Type, beneficiary.Id, EntryKind.Direct, 0,
                        Money.Round(input.CreditedBase), amount, Explain(commission, extra, input, capped)));
                if (beneficiary.Type == BeneficiaryType.Staff)
                    SellersOf(sellers, program.Id).Add(new SellerCommission(beneficiary.Id, amount, input.CreditedBase));
            }
        }

        foreach (var program in applicable)
        {
            if (sellers.TryGetValue(program.Id, out var programSellers))
                entries.AddRange(OverridePlanner.Plan(program, programSellers, credit, order.Id));
        }

        return new PaidOrderPlan(credit, entries, contributions, CreditedSale.Of(order, credit, amounts));
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
    private static SalesTarget? TargetOf(CommissionSetup setup, ProgramTerms program, Beneficiary beneficiary, DateTime paidAt) =>
        program.Accelerator is not null && beneficiary.Type == BeneficiaryType.Staff ? setup.TargetOf(beneficiary.Id, paidAt) : null;

    /// <summary>
    /// The accelerator's <c>base</c> (rules §7): this order's credited NetSales of the member for an own target; for a team
    /// quota, summed over the order's credited staff who count toward it, so teammates on one order share one figure.
    /// </summary>
    private static decimal TargetBase(CommissionSetup setup, SalesTarget target, OrderCredit credit, OrderAmounts amounts, Beneficiary member)
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

    private static List<SellerCommission> SellersOf(Dictionary<string, List<SellerCommission>> sellers, string programId)
    {
        if (!sellers.TryGetValue(programId, out var list))
            sellers[programId] = list = [];
        return list;
    }

    /// <summary>A Direct entry's derivation: the commission, any accelerator, any caps, and what it was computed on.</summary>
    private static Derivation Explain(Commission commission, Commission? extra, CalculationInput input, CappedCommission capped)
    {
        var on = DerivationValue.Of(DerivationField.On, new Derivation("On",
            DerivationValue.Of(DerivationField.Basis, input.Program.Basis.ToString()), DerivationValue.Of(DerivationField.BasisAmount, input.BasisAmount),
            DerivationValue.Of(DerivationField.Order, input.Order.Id), DerivationValue.Of(DerivationField.LeftOut, input.Amounts.LeftOut)));
        var derivation = DerivationValue.Of(DerivationField.Commission, commission.Derivation);
        var commissionAmount = DerivationValue.Of(DerivationField.CommissionAmount, commission.Amount.Value);
        DerivationValue Result(decimal uncapped) => DerivationValue.Of(DerivationField.Result, capped.Cuts is null
            ? new Derivation("Result", DerivationValue.Of(DerivationField.Value, uncapped))
            : new Derivation("Capped", DerivationValue.Of(DerivationField.Uncapped, uncapped), DerivationValue.Of(DerivationField.Cuts, capped.Cuts),
                DerivationValue.Of(DerivationField.Value, capped.Exact)));

        if (extra is null)
            return new Derivation("Direct", derivation, Result(commission.Amount.Value), on);
        var extraDerivation = DerivationValue.Of(DerivationField.Extra, extra.Derivation);
        if (extra.Amount.IsZero)
            return capped.Cuts is null
                ? new Derivation("Direct.AcceleratorIdle", derivation, Result(commission.Amount.Value), on, extraDerivation)
                : new Derivation("Direct.AcceleratorIdle.Capped", derivation, commissionAmount, extraDerivation,
                    DerivationValue.Of(DerivationField.Cuts, capped.Cuts), DerivationValue.Of(DerivationField.Value, capped.Exact), on);

        return new Derivation("Direct.Accelerated", derivation, commissionAmount, extraDerivation,
            DerivationValue.Of(DerivationField.ExtraAmount, extra.Amount.Value), Result(commission.Amount.Plus(extra.Amount).Value), on);
    }
}
