namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>One problem of a program draft.</summary>
/// <param name="Issue">What is wrong.</param>
/// <param name="Index">The row (band, rule or override level) it is about; null for a field of the program itself.</param>
public sealed record ProgramProblem(ProgramIssue Issue, int? Index = null);
