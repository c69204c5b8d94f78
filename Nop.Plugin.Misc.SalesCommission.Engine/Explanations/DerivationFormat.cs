using System.Globalization;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

/// <summary>
/// How a renderer writes numbers: figures in a culture's number format (no grouping, as in a formula), amounts of money
/// by the caller's money format (the store's currency format in the plugin).
/// </summary>
public sealed class DerivationFormat
{
    private readonly Func<decimal, string?>? _money;

    /// <summary>Creates a format.</summary>
    /// <param name="culture">The culture of numbers.</param>
    /// <param name="money">Formats an amount rounded to the cent (null, or its null answer: a number with two decimals).</param>
    public DerivationFormat(CultureInfo culture, Func<decimal, string?>? money = null)
    {
        Culture = culture;
        _money = money;
    }

    /// <summary>The invariant culture's numbers, as the engine's English explanations always showed them.</summary>
    public static DerivationFormat Invariant { get; } = new(CultureInfo.InvariantCulture);

    /// <summary>The culture of numbers.</summary>
    public CultureInfo Culture { get; }

    /// <summary>An unrounded figure with at least 2 and at most 6 decimals ("17.5875").</summary>
    public string Exact(decimal value) => Engine.Money.FormatExact(value, Culture);

    /// <summary>An amount rounded to the cent ("141.00").</summary>
    public string Money(decimal value)
    {
        var rounded = Engine.Money.Round(value);
        return _money?.Invoke(rounded) ?? Engine.Money.Format(rounded, Culture);
    }

    /// <summary>The result of a derivation: the exact figure and, where it differs, what it rounds to ("41.1075 → 41.11").</summary>
    public string Result(decimal exact) =>
        Engine.Money.Round(exact) == exact ? Money(exact) : $"{Exact(exact)} → {Money(exact)}";

    /// <summary>A percentage ("2.5%").</summary>
    public string Percent(decimal percent) => Engine.Money.FormatPercent(percent, Culture);

    /// <summary>A plain number without trailing zeros ("5000", "1.5").</summary>
    public string Number(decimal value) => Engine.Money.FormatPlain(value, Culture);
}
