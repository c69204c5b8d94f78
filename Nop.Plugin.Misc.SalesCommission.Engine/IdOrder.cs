namespace Nop.Plugin.Misc.SalesCommission.Engine;

/// <summary>
/// Orders ids as the rules say (§9.10): all-digit ids compare as numbers, others as text;
/// numbers sort before text.
/// </summary>
public sealed class IdOrder : IComparer<string>
{
    /// <summary>The single instance.</summary>
    public static IdOrder Instance { get; } = new();

    private IdOrder()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null)
            return -1;
        if (y is null)
            return 1;

        var xNumber = IsAllDigits(x);
        var yNumber = IsAllDigits(y);
        if (xNumber && yNumber)
        {
            var xs = x.TrimStart('0');
            var ys = y.TrimStart('0');
            var byLength = xs.Length.CompareTo(ys.Length);
            return byLength != 0 ? byLength : string.CompareOrdinal(xs, ys);
        }

        if (xNumber != yNumber)
            return xNumber ? -1 : 1;
        return string.CompareOrdinal(x, y);
    }

    private static bool IsAllDigits(string id) => id.Length > 0 && id.All(char.IsAsciiDigit);
}
