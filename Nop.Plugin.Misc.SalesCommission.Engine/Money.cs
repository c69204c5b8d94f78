using System.Globalization;

namespace Nop.Plugin.Misc.SalesCommission.Engine;

/// <summary>
/// Rounding and printing of money in one place (rules §4): each entry is rounded once,
/// to 2 decimals, away from zero; explanations keep the unrounded figures.
/// </summary>
public static class Money
{
    /// <summary>Rounds an exact amount to the cent, away from zero, always with two decimals.</summary>
    public static decimal Round(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0m ? 0.00m : rounded + 0.00m;
    }

    /// <summary>Rounds a percentage for showing (attainment, shares): one decimal, away from zero ("84.5").</summary>
    public static decimal RoundPercent(decimal percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero);

    /// <summary>Prints an amount rounded to the cent ("141.00"), in a culture's number format (invariant by default).</summary>
    public static string Format(decimal value, IFormatProvider? culture = null) =>
        Round(value).ToString("0.00", culture ?? CultureInfo.InvariantCulture);

    /// <summary>Prints an unrounded figure with at least 2 and at most 6 decimals ("17.5875").</summary>
    public static string FormatExact(decimal value, IFormatProvider? culture = null) =>
        Math.Round(value, 6, MidpointRounding.AwayFromZero).ToString("0.00####", culture ?? CultureInfo.InvariantCulture);

    /// <summary>Prints a percentage ("2.5%").</summary>
    public static string FormatPercent(decimal percent, IFormatProvider? culture = null) =>
        percent.ToString("0.######", culture ?? CultureInfo.InvariantCulture) + "%";

    /// <summary>Prints a plain number such as a quantity or a fixed amount without trailing zeros.</summary>
    public static string FormatPlain(decimal value, IFormatProvider? culture = null) =>
        value.ToString("0.######", culture ?? CultureInfo.InvariantCulture);
}
