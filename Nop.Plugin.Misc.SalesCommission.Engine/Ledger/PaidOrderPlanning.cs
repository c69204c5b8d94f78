using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>
/// One paid order being planned by <see cref="PaidOrderPlanner.Plan"/>: each credited beneficiary's programs in turn, then the
/// overrides. It collects the entries, period contributions and the sellers the overrides are computed from without LINQ or
/// per-program collections, so planning allocates little more than what it returns.
/// </summary>
internal sealed class PaidOrderPlanning(
    CommissionSetup setup, OrderSnapshot order, DateTime paidAt, int clientOrderRank, OrderCredit credit, OrderAmounts amounts,
    Func<PeriodKey, decimal> periodTotalBefore, Func<SalesTarget, decimal>? creditedBefore, Func<CapKey, decimal>? capPaidBefore)
{
    private readonly List<LedgerEntry> _entries = new(4);
    private List<PeriodContribution>? _contributions;
    private List<(ProgramTerms Program, List<SellerCommission> Sellers)>? _sellers;

    /// <summary>Plans what one credited beneficiary earns under the programs that pay them (rules §3, stacking policy).</summary>
    /// <param name="programs">The programs in force, in creation order.</param>
    /// <param name="applies">Which of them apply to the order.</param>
    /// <param name="beneficiary">The credited beneficiary.</param>
    public void Beneficiary(IReadOnlyList<ProgramTerms> programs, ReadOnlySpan<bool> applies, Beneficiary beneficiary)
    {
        if (setup.Stacking == StackingPolicy.All)
        {
            for (var i = 0; i < programs.Count; i++)
            {
                if (applies[i] && ProgramMatcher.Pays(programs[i], beneficiary))
                    Program(programs[i], beneficiary);
            }
        }
        else if (ProgramMatcher.Winner(programs, applies, beneficiary) is { } winner)
            Program(winner, beneficiary);
    }

    /// <summary>Adds the overrides of each applicable program (creation order) and returns the plan.</summary>
    /// <param name="programs">The programs in force, in creation order.</param>
    /// <param name="applies">Which of them apply to the order.</param>
    public PaidOrderPlan Finish(IReadOnlyList<ProgramTerms> programs, ReadOnlySpan<bool> applies)
    {
        if (_sellers is not null)
        {
            for (var i = 0; i < programs.Count; i++)
            {
                for (var j = 0; applies[i] && j < _sellers.Count; j++)
                {
                    if (string.Equals(_sellers[j].Program.Id, programs[i].Id, StringComparison.Ordinal))
                        OverridePlanner.Plan(_entries, programs[i], _sellers[j].Sellers, credit, order.Id);
                }
            }
        }

        return new PaidOrderPlan(credit, _entries, _contributions ?? [], CreditedSale.Of(order, credit, amounts));
    }

    private void Program(ProgramTerms program, Beneficiary beneficiary)
    {
        var input = PeriodTotals.Reading(program, order, amounts.Under(program, setup), beneficiary, clientOrderRank, setup, paidAt,
            periodTotalBefore);
        var commission = CommissionCalculators.For(program).Calculate(input);
        var target = PaidOrderPlanner.TargetOf(setup, program, beneficiary, paidAt);
        var extra = target is null
            ? null
            : AcceleratorCalculator.Extra(program.Accelerator!, commission.Amount, creditedBefore?.Invoke(target) ?? 0m,
                PaidOrderPlanner.TargetBase(setup, target, credit, amounts, beneficiary), target.Amount);
        var exact = extra is null ? commission.Amount : commission.Amount.Plus(extra.Amount);
        var capped = CommissionCap.Apply(program, exact.Value,
            CapKey.For(program, beneficiary.Type, beneficiary.Id, paidAt) is { } capKey ? capPaidBefore?.Invoke(capKey) ?? 0m : 0m,
            paidAt);
        var amount = capped.Amount;

        if (PeriodTotals.AddsTo(program))
            PeriodTotals.AddContributions(_contributions ??= [], input, beneficiary, paidAt);
        if (amount != 0m)
            _entries.Add(LedgerEntry.Planned(order.Id, program.Id, beneficiary.Type, beneficiary.Id, EntryKind.Direct, 0,
                Money.Round(input.CreditedBase), amount, new DirectDerivation(commission, extra, input, capped)));
        if (beneficiary.Type == BeneficiaryType.Staff && program.Hierarchy.Count > 0)
            SellersOf(program).Add(new SellerCommission(beneficiary.Id, amount, input.CreditedBase));
    }

    private List<SellerCommission> SellersOf(ProgramTerms program)
    {
        _sellers ??= [];
        for (var i = 0; i < _sellers.Count; i++)
        {
            if (string.Equals(_sellers[i].Program.Id, program.Id, StringComparison.Ordinal))
                return _sellers[i].Sellers;
        }

        var sellers = new List<SellerCommission>(credit.Staff.Count);
        _sellers.Add((program, sellers));
        return sellers;
    }
}
