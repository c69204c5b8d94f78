namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>
/// Checks a partner (rules §2): a partner is credited either through an affiliate or as a customer with linked
/// clients — exactly one of the two identities — and each linked client is named once.
/// </summary>
public static class PartnerCheck
{
    /// <summary>Finds every problem of a partner; none means it may be saved.</summary>
    /// <param name="hasAffiliate">True when an affiliate is named.</param>
    /// <param name="hasCustomer">True when a customer is named.</param>
    /// <param name="linkedClientIds">The linked clients, in the order entered.</param>
    public static IReadOnlyList<PartnerIssue> Check(bool hasAffiliate, bool hasCustomer, IReadOnlyList<string> linkedClientIds)
    {
        ArgumentNullException.ThrowIfNull(linkedClientIds);

        var problems = new List<PartnerIssue>();
        if (hasAffiliate == hasCustomer)
            problems.Add(PartnerIssue.NotExactlyOneIdentity);
        if (linkedClientIds.Distinct(StringComparer.Ordinal).Count() != linkedClientIds.Count)
            problems.Add(PartnerIssue.ClientLinkedTwice);

        return problems;
    }
}
