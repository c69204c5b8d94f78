namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>Who is credited for an order: the staff with their splits, and the partners in full.</summary>
/// <param name="Source">The crediting step that named the staff.</param>
/// <param name="Staff">The credited staff with splits (empty when uncredited).</param>
/// <param name="Partners">The credited partners, each once.</param>
public sealed record OrderCredit(CreditSource Source, IReadOnlyList<StaffShare> Staff, IReadOnlyList<string> Partners)
{
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
