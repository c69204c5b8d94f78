namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>What is wrong with a partner's definition (rules §2).</summary>
public enum PartnerIssue
{
    /// <summary>The partner is neither an affiliate nor a customer, or both.</summary>
    NotExactlyOneIdentity = 0,

    /// <summary>The same client is linked twice.</summary>
    ClientLinkedTwice = 1
}
