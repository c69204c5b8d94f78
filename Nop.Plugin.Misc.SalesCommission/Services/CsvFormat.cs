namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Writes CSV fields the way spreadsheets read them safely: quoted when needed, and a text that starts like a
/// formula is prefixed with an apostrophe so it is never run as one
/// </summary>
public static class CsvFormat
{
    /// <summary>Formats one field.</summary>
    /// <param name="value">The value; null is empty</param>
    /// <param name="isText">False for numbers and dates, which are never formulas (a negative amount keeps its sign)</param>
    public static string Field(string value, bool isText = true)
    {
        value ??= string.Empty;
        if (isText && value.Length > 0 && "=+-@\t\r".Contains(value[0]))
            value = "'" + value;

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }
}
