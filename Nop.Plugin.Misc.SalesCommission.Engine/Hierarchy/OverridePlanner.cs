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
    /// <summary>Adds the Override entries of one program on one order, up the manager chains of the order's crediting.</summary>
    /// <param name="entries">The order's entries, to which the overrides are added in the order first reached.</param>
    /// <param name="program">The program.</param>
    /// <param name="sellers">The program's credited sellers with their commission and credited base.</param>
    /// <param name="credit">The order's crediting: the manager chain above each seller.</param>
    /// <param name="orderId">The order.</param>
    public static void Plan(
        List<LedgerEntry> entries, ProgramTerms program, IReadOnlyList<SellerCommission> sellers, OrderCredit credit, string orderId)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (program.Hierarchy.Count == 0 || sellers.Count == 0)
            return;

        var deepest = 0;
        for (var i = 0; i < program.Hierarchy.Count; i++)
            deepest = Math.Max(deepest, program.Hierarchy[i].Level);

        var sums = new List<OverrideSum>();
        for (var s = 0; s < sellers.Count; s++)
        {
            var seller = sellers[s];
            var managers = credit.ManagersOf(seller.StaffId);
            for (var level = 1; level <= deepest && level <= managers.Count; level++)
            {
                if (LevelTerms(program.Hierarchy, level) is { } terms)
                    SumOf(sums, orderId, managers[level - 1], terms).Add(seller);
            }
        }

        for (var i = 0; i < sums.Count; i++)
        {
            if (sums[i].ToEntry(program) is { Amount: not 0m } entry)
                entries.Add(entry);
        }
    }

    /// <summary>A level's terms (a program lists each level at most once); null when the program has none at that level.</summary>
    private static OverrideLevel? LevelTerms(IReadOnlyList<OverrideLevel> hierarchy, int level)
    {
        for (var i = 0; i < hierarchy.Count; i++)
        {
            if (hierarchy[i].Level == level)
                return hierarchy[i];
        }

        return null;
    }

    private static OverrideSum SumOf(List<OverrideSum> sums, string orderId, string managerId, OverrideLevel terms)
    {
        for (var i = 0; i < sums.Count; i++)
        {
            if (sums[i].Level == terms.Level && string.Equals(sums[i].ManagerId, managerId, StringComparison.Ordinal))
                return sums[i];
        }

        var sum = new OverrideSum(orderId, managerId, terms);
        sums.Add(sum);
        return sum;
    }

    /// <summary>One manager's override at one level: the sellers' amounts it applies to, and its derivation when read.</summary>
    private sealed class OverrideSum(string orderId, string managerId, OverrideLevel terms) : IDerivationSource
    {
        private SellerCommission _first;
        private List<SellerCommission>? _coSellers;
        private int _count;
        private decimal _applied;

        public string ManagerId => managerId;

        public int Level => terms.Level;

        public void Add(SellerCommission seller)
        {
            _applied += Applied(seller);
            if (_count++ == 0)
                _first = seller;
            else
                (_coSellers ??= []).Add(seller);
        }

        public LedgerEntry ToEntry(ProgramTerms program) =>
            LedgerEntry.Planned(orderId, program.Id, BeneficiaryType.Staff, managerId, EntryKind.Override, terms.Level, Money.Round(_applied),
                Money.Round(Exact), this);

        public Derivation Derive()
        {
            var parts = new List<Derivation>(_count) { Part(_first) };
            foreach (var seller in _coSellers ?? [])
                parts.Add(Part(seller));
            return new Derivation(terms.Base == OverrideBase.OfCommission ? "Override" : "Override.OfSales",
                DerivationValue.Of(DerivationField.Level, terms.Level), DerivationValue.Of(DerivationField.Percent, terms.Percent),
                DerivationValue.Of(DerivationField.Parts, parts), DerivationValue.Of(DerivationField.Value, Exact),
                DerivationValue.Of(DerivationField.Order, orderId));
        }

        private Derivation Part(SellerCommission seller) =>
            new("Override.Part", DerivationValue.Of(DerivationField.Applied, Applied(seller)), DerivationValue.Of(DerivationField.Staff, seller.StaffId));

        private decimal Exact => _applied * terms.Percent / 100m;

        private decimal Applied(SellerCommission seller) => terms.Base == OverrideBase.OfCommission ? seller.Amount : seller.CreditedBase;
    }
}
