namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// The columns money, rates and amounts are kept in (decimal(18, 4)): the mapping builders create them with these
/// figures and the admin forms refuse a number larger than they keep.
/// </summary>
public static class DecimalColumn
{
    /// <summary>The digits kept in all.</summary>
    public const int Precision = 18;

    /// <summary>The digits kept after the decimal point.</summary>
    public const int Scale = 4;

    /// <summary>The largest number kept (14 digits before the point, 4 after).</summary>
    public const decimal Largest = 99_999_999_999_999.9999m;
}
