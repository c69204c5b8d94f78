namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>
/// Who is credited for an order: the staff with their splits, the partners in full, and the manager chain above each
/// credited staff member (whom its overrides pay). Decided when the order is paid and kept with it, so that a later
/// reassignment does not move the order's commission (see <see cref="CreditingChoice"/>).
/// </summary>
/// <param name="Source">The crediting step that named the staff.</param>
/// <param name="Staff">The credited staff with splits (empty when uncredited).</param>
/// <param name="Partners">The credited partners, each once.</param>
public sealed record OrderCredit(CreditSource Source, IReadOnlyList<StaffShare> Staff, IReadOnlyList<string> Partners)
{
    /// <summary>The manager chain above each credited staff member, in the order of <see cref="Staff"/>.</summary>
    public IReadOnlyList<ManagerChain> ManagerChains { get; init; } = [];

    /// <summary>The managers above a credited staff member, nearest first; none for anyone else.</summary>
    /// <param name="staffId">The credited staff member.</param>
    public IReadOnlyList<string> ManagersOf(string staffId)
    {
        var chains = ManagerChains;
        for (var i = 0; i < chains.Count; i++)
        {
            if (string.Equals(chains[i].SellerId, staffId, StringComparison.Ordinal))
                return chains[i].ManagerIds;
        }

        return [];
    }

    /// <summary>True when no staff member is credited (the order is listed as uncredited).</summary>
    public bool IsUncredited => Source == CreditSource.Uncredited;

    /// <summary>Every credited beneficiary: staff in assignment order, then partners.</summary>
    public IReadOnlyList<Beneficiary> Beneficiaries
    {
        get
        {
            var beneficiaries = new Beneficiary[Staff.Count + Partners.Count];
            for (var i = 0; i < Staff.Count; i++)
                beneficiaries[i] = new Beneficiary(BeneficiaryType.Staff, Staff[i].StaffId, Staff[i].Split);
            for (var i = 0; i < Partners.Count; i++)
                beneficiaries[Staff.Count + i] = new Beneficiary(BeneficiaryType.Partner, Partners[i], 100m);
            return beneficiaries;
        }
    }
}
