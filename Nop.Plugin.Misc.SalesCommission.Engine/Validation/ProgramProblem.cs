namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>One problem of a program draft.</summary>
/// <param name="Issue">What is wrong.</param>
/// <param name="Index">The row (band, rule, product ladder or override level) it is about; null for a field of the program itself.</param>
/// <param name="LadderIndex">
/// For a band of a product ladder, the product ladder the band (<paramref name="Index"/>) belongs to; null for the
/// program's own ladder and for every other row.
/// </param>
/// <param name="Terms">For <see cref="ProgramIssue.TypeTermsRule"/>, the problem as the type's own terms name it; null otherwise.</param>
public sealed record ProgramProblem(ProgramIssue Issue, int? Index = null, int? LadderIndex = null, TypeTermsProblem? Terms = null);
