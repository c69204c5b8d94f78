namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// One column of an exported list: its caption and how a row gives its value. A <see cref="decimal"/> is an amount
/// (two decimals), a <see cref="DateTime"/> a day, a <see cref="string"/> a text; null is an empty cell.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Name">The caption (invariant, the same in every language, so payroll imports keep working).</param>
/// <param name="Value">The row's value.</param>
public sealed record ExportColumn<T>(string Name, Func<T, object> Value);
