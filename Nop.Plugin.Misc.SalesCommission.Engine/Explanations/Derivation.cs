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

    /// <summary>True when both have the same kind and the same values, nested derivations compared alike.</summary>
    public bool Equals(Derivation? other)
    {
        if (ReferenceEquals(this, other))
            return true;
        if (other is null || Kind != other.Kind || Values.Count != other.Values.Count)
            return false;

        for (var i = 0; i < Values.Count; i++)
        {
            var (mine, theirs) = (Values[i], other.Values[i]);
            if (mine.Field != theirs.Field || mine.Number != theirs.Number)
                return false;
            var same = mine.Field.Kind == DerivationValueKind.List
                ? mine.Items.SequenceEqual(theirs.Items)
                : Equals(mine.Reference, theirs.Reference);
            if (!same)
                return false;
        }

        return true;
    }

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
