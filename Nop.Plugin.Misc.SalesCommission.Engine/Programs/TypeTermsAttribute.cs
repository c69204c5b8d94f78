namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>Names the terms record (<see cref="ITypeTerms"/>) of a <see cref="ProgramType"/> value that carries its own terms.</summary>
/// <param name="record">The record's type.</param>
[AttributeUsage(AttributeTargets.Field)]
public sealed class TypeTermsAttribute(Type record) : Attribute
{
    /// <summary>The record's type.</summary>
    public Type Record { get; } = record;
}
