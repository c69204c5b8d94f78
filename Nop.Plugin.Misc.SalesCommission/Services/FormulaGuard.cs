namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Keeps an exported text from being run as a formula when a spreadsheet opens the file: a text that starts like one
/// (= + - @, a tab or a carriage return) is prefixed with an apostrophe.
/// </summary>
public static class FormulaGuard
{
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>The text as a spreadsheet may safely read it; null is empty.</summary>
    /// <param name="text">A text field (names, notes, references); never a number, whose sign must stay.</param>
    public static string Neutralise(string text)
    {
        text ??= string.Empty;
        return text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
    }
}
