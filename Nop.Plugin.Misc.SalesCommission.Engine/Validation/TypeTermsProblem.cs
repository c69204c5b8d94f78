namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>One problem of a program type's own terms (<see cref="Programs.ITypeTerms"/>).</summary>
/// <param name="Code">What is wrong, as the type names it: the editor's message is the resource "Programs.Problem.{type}.{code}".</param>
/// <param name="Field">The terms field it is about, as a scenario names it (camelCase, e.g. "amount").</param>
/// <param name="Text">How a scenario words it.</param>
public sealed record TypeTermsProblem(string Code, string Field, string Text);
