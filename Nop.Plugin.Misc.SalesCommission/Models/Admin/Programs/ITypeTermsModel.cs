namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>
/// The editor's fields of a program type that carries its own terms (Engine <c>ITypeTerms</c>): a record named
/// "{type}TermsModel" in this folder whose properties are the terms record's fields by name, shown by the partial view
/// <c>Views/Admin/Programs/Terms/_{type}.cshtml</c> (see <see cref="Factories.TypeTermsModels"/>).
/// </summary>
public interface ITypeTermsModel
{
}
