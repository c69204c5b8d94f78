using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// The terms of a program type that carries its own (named on its <see cref="ProgramType"/> value with
/// <see cref="TypeTermsAttribute"/>): a positional record whose constructor parameters are its fields, read and written
/// by <see cref="TypeTermsJson"/> under their camelCase names, and whose rules are its own. A scenario, the stored
/// program and the editor all go through this record, so adding such a type touches no reader, check or path table.
/// </summary>
public interface ITypeTerms
{
    /// <summary>What is wrong with the terms (rules §3), each with its field and its scenario wording; none when they can be calculated.</summary>
    IEnumerable<TypeTermsProblem> Problems();
}
