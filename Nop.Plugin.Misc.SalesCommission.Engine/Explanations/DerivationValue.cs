namespace Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

/// <summary>One named value of a derivation: a number, a text or id, or nested derivations.</summary>
/// <param name="Field">Its name and kind.</param>
/// <param name="Number">The number of a numeric field.</param>
/// <param name="Reference">The text or id, the nested <see cref="Derivation"/> (null: nothing) or the list of them.</param>
public readonly record struct DerivationValue(DerivationField Field, decimal Number, object? Reference)
{
    /// <summary>The text or id of a text, word or id field.</summary>
    public string? Text => Reference as string;

    /// <summary>The nested derivation of a node field; null when the optional part is absent.</summary>
    public Derivation? Node => Reference as Derivation;

    /// <summary>The nested derivations of a list field.</summary>
    public IReadOnlyList<Derivation> Items => Reference as IReadOnlyList<Derivation> ?? [];

    /// <summary>A numeric value.</summary>
    public static DerivationValue Of(DerivationField field, decimal number) => new(field, number, null);

    /// <summary>A text, word or id value.</summary>
    public static DerivationValue Of(DerivationField field, string text) => new(field, 0m, text);

    /// <summary>A nested derivation; null for an absent optional part.</summary>
    public static DerivationValue Of(DerivationField field, Derivation? node) => new(field, 0m, node);

    /// <summary>A list of nested derivations.</summary>
    public static DerivationValue Of(DerivationField field, IReadOnlyList<Derivation> items) => new(field, 0m, items);
}
