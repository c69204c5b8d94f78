using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;

/// <summary>
/// Plans hierarchy overrides (rules §3.3): up each seller's manager chain, level by level, until the first
/// missing manager; one entry per manager and level, summed over co-sellers and rounded once (§9.3).
/// </summary>
public static class OverridePlanner
{
    /// <summary>The Override entries of one program on one order, up the manager chains of the order's crediting.</summary>
    /// <param name="program">The program.</param>
    /// <param name="sellers">The program's credited sellers with their commission and credited base.</param>
    /// <param name="credit">The order's crediting: the manager chain above each seller.</param>
    /// <param name="orderId">The order.</param>
    public static IReadOnlyList<LedgerEntry> Plan(
        ProgramTerms program, IReadOnlyList<SellerCommission> sellers, OrderCredit credit, string orderId)
    {
        if (program.Hierarchy.Count == 0 || sellers.Count == 0)
            return [];

        var levels = program.Hierarchy.ToDictionary(l => l.Level);
        var deepest = levels.Keys.Max();
        var sums = new Dictionary<(string Manager, int Level), OverrideSum>();
        var order = new List<(string Manager, int Level)>();

        foreach (var seller in sellers)
        {
            var managers = credit.ManagersOf(seller.StaffId);
            for (var level = 1; level <= deepest && level <= managers.Count; level++)
            {
                if (levels.TryGetValue(level, out var terms))
                {
                    var key = (managers[level - 1], level);
                    if (!sums.TryGetValue(key, out var sum))
                    {
                        sums[key] = sum = new OverrideSum(terms);
                        order.Add(key);
                    }

                    sum.Add(seller);
                }
            }
        }

        return order
            .Select(key => sums[key].ToEntry(program, orderId, key.Manager))
            .Where(e => e.Amount != 0m)
            .ToList();
    }

    private sealed class OverrideSum(OverrideLevel terms)
    {
        private readonly List<Derivation> _parts = [];
        private decimal _applied;

        public void Add(SellerCommission seller)
        {
            var applied = terms.Base == OverrideBase.OfCommission ? seller.Amount : seller.CreditedBase;
            _applied += applied;
            _parts.Add(new Derivation("Override.Part", DerivationValue.Of(DerivationField.Applied, applied),
                DerivationValue.Of(DerivationField.Staff, seller.StaffId)));
        }

        public LedgerEntry ToEntry(ProgramTerms program, string orderId, string managerId)
        {
            var exact = _applied * terms.Percent / 100m;
            var explanation = new Derivation(terms.Base == OverrideBase.OfCommission ? "Override" : "Override.OfSales",
                DerivationValue.Of(DerivationField.Level, terms.Level), DerivationValue.Of(DerivationField.Percent, terms.Percent),
                DerivationValue.Of(DerivationField.Parts, _parts), DerivationValue.Of(DerivationField.Value, exact),
                DerivationValue.Of(DerivationField.Order, orderId));
            return new LedgerEntry(orderId, program.Id, BeneficiaryType.Staff, managerId, EntryKind.Override, terms.Level,
                Money.Round(_applied), Money.Round(exact), explanation);
        }
    }
}
