namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>An id a program names that the store does not have.</summary>
/// <param name="Kind">What the id should name.</param>
/// <param name="Id">The id.</param>
public sealed record UnknownProgramReference(ProgramReferenceKind Kind, int Id);
