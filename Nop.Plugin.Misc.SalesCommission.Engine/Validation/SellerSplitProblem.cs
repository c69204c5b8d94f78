namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>One problem of a seller assignment.</summary>
/// <param name="Index">The seller's position in the assignment; null when the problem is the whole assignment's.</param>
/// <param name="Issue">What is wrong.</param>
public sealed record SellerSplitProblem(int? Index, SellerSplitIssue Issue);
