using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>
/// The editor's side of a program type that carries its own terms, found by convention: its fields model
/// "{type}TermsModel" (<see cref="ITypeTermsModel"/>), whose properties are the engine record's fields by name, and its
/// card <c>Terms/_{type}.cshtml</c>, whose inputs are named "TypeTerms.{type}.{field}".
/// </summary>
public static class TypeTermsModels
{
    /// <summary>The prefix of a type's inputs and of the fields its problems are shown next to.</summary>
    /// <param name="type">The program type.</param>
    public static string PrefixOf(ProgramType type) => $"{nameof(ProgramModel.TypeTerms)}.{type}";

    /// <summary>The partial view of a type's card.</summary>
    /// <param name="type">The program type.</param>
    public static string CardOf(ProgramType type) => $"~/Plugins/Misc.SalesCommission/Views/Admin/Programs/Terms/_{type}.cshtml";

    /// <summary>The fields model of a type, or null when the type's terms are not a record of their own.</summary>
    /// <param name="type">The program type.</param>
    public static Type ModelOf(ProgramType type) =>
        TypeTermsJson.RecordOf(type) is null ? null : typeof(ITypeTermsModel).Assembly.GetType($"{typeof(ITypeTermsModel).Namespace}.{type}TermsModel");

    /// <summary>An empty fields model of a type, or null when the type has none.</summary>
    /// <param name="type">The program type.</param>
    public static ITypeTermsModel Create(ProgramType type) => ModelOf(type) is { } model ? (ITypeTermsModel)Activator.CreateInstance(model) : null;

    /// <summary>The fields model showing a type's terms, or null when the type has none.</summary>
    /// <param name="type">The program type.</param>
    /// <param name="terms">The terms, or null for empty fields.</param>
    public static ITypeTermsModel Of(ProgramType type, ITypeTerms terms)
    {
        var model = Create(type);
        if (model is null || terms is null)
            return model;

        foreach (var property in model.GetType().GetProperties().Where(property => property.CanWrite))
        {
            if (terms.GetType().GetProperty(property.Name) is { } field)
                property.SetValue(model, field.GetValue(terms));
        }

        return model;
    }

    /// <summary>The terms as entered (empty fields when nothing was posted), or null when the type's terms are not a record of their own.</summary>
    /// <param name="type">The program type.</param>
    /// <param name="model">The fields as entered, or null.</param>
    public static ITypeTerms ToTerms(ProgramType type, ITypeTermsModel model) =>
        TypeTermsJson.Of(type, property => model?.GetType().GetProperty(property)?.GetValue(model));

    /// <summary>The editor field a problem of a type's own terms is shown next to.</summary>
    /// <param name="type">The program type.</param>
    /// <param name="problem">The problem.</param>
    public static string PropertyOf(ProgramType type, TypeTermsProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);

        return $"{PrefixOf(type)}.{TypeTermsJson.PropertyOf(problem.Field)}";
    }
}
