namespace Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

/// <summary>
/// How an entry's amount was derived, as data: the formula's kind (which names its template, e.g. "PercentOfOrder.Rate")
/// and the numbers, ids and nested parts it used. A renderer words it in a language; the engine never does.
/// </summary>
public sealed class Derivation : IEquatable<Derivation>
{
    /// <summary>Creates a derivation.</summary>
    /// <param name="kind">The formula's kind.</param>
    /// <param name="values">Its values, each field at most once.</param>
    public Derivation(string kind, params DerivationValue[] values)
    {
        Kind = kind;
        Values = values;
    }

    /// <summary>The formula's kind; the key of its template.</summary>
    public string Kind { get; }

    /// <summary>The values it used.</summary>
    public IReadOnlyList<DerivationValue> Values { get; }

    /// <summary>The value of a field by its name; null when the derivation has none.</summary>
    public DerivationValue? Find(string name)
    {
        foreach (var value in Values)
        {
            if (value.Field.Name == name)
                return value;
        }

        return null;
    }

    /// <summary>
    /// True when both have the same kind and the same values in the same order, nested derivations compared alike; an
    /// absent optional part counts as no value.
    /// </summary>
    public bool Equals(Derivation? other)
    {
        if (ReferenceEquals(this, other))
            return true;
        if (other is null || Kind != other.Kind)
            return false;

        var mine = Present().ToList();
        var theirs = other.Present().ToList();
        return mine.Count == theirs.Count && mine.Zip(theirs).All(pair =>
            pair.First.Field == pair.Second.Field && pair.First.Number == pair.Second.Number
            && (pair.First.Field.Kind == DerivationValueKind.List
                ? pair.First.Items.SequenceEqual(pair.Second.Items)
                : Equals(pair.First.Reference, pair.Second.Reference)));
    }

    private IEnumerable<DerivationValue> Present() =>
        Values.Where(value => value.Field.Kind != DerivationValueKind.Node || value.Reference is not null);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Derivation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Values.Count);

    /// <summary>This derivation and every nested one, depth first.</summary>
    public IEnumerable<Derivation> Walk()
    {
        yield return this;
        foreach (var value in Values)
        {
            if (value.Node is { } node)
            {
                foreach (var inner in node.Walk())
                    yield return inner;
            }
            else if (value.Field.Kind == DerivationValueKind.List)
            {
                foreach (var item in value.Items)
                {
                    foreach (var inner in item.Walk())
                        yield return inner;
                }
            }
        }
    }
}
