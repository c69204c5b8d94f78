namespace Nop.Plugin.Misc.SalesCommission.Engine;

/// <summary>
/// An amount held as numerator over a positive denominator. Line amounts of an order share one
/// denominator (the sum of line values), so a commission is divided once, just before it is rounded:
/// no intermediate is rounded early (rules §9.2).
/// </summary>
/// <param name="Numerator">The numerator.</param>
/// <param name="Denominator">The denominator, greater than zero.</param>
public readonly record struct ExactAmount(decimal Numerator, decimal Denominator)
{
    /// <summary>Zero.</summary>
    public static ExactAmount Zero => new(0m, 1m);

    /// <summary>A whole decimal amount.</summary>
    public static ExactAmount Of(decimal value) => new(value, 1m);

    /// <summary>The amount as a decimal (one division).</summary>
    public decimal Value => Numerator / Denominator;

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => Numerator == 0m;

    /// <summary>The amount multiplied by a factor.</summary>
    public ExactAmount Times(decimal factor) => new(Numerator * factor, Denominator);

    /// <summary>The amount as a percentage of itself ("rate%" of it).</summary>
    public ExactAmount Percent(decimal percent) => new(Numerator * percent / 100m, Denominator);

    /// <summary>The sum of two amounts.</summary>
    public ExactAmount Plus(ExactAmount other) => Denominator == other.Denominator
        ? new(Numerator + other.Numerator, Denominator)
        : new(Numerator * other.Denominator + other.Numerator * Denominator, Denominator * other.Denominator);

    /// <summary>A whole decimal amount expressed over this amount's denominator.</summary>
    public ExactAmount Like(decimal value) => new(value * Denominator, Denominator);

    /// <summary>Compares two amounts of the same denominator or of any.</summary>
    public int CompareTo(ExactAmount other) => Denominator == other.Denominator
        ? Numerator.CompareTo(other.Numerator)
        : (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
}
