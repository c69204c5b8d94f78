namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Writes a list as CSV or Excel, the same columns in both: amounts as plain invariant numbers with two decimals,
/// days as days, texts guarded against running as formulas.
/// </summary>
public interface IListExport
{
    /// <summary>Writes the rows in the format asked for.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="format">CSV or Excel.</param>
    /// <param name="name">The file's name without extension, e.g. "commission-entries".</param>
    /// <param name="rows">The rows, in order.</param>
    /// <param name="columns">The columns, in order.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the file.</returns>
    Task<ExportFile> ExportAsync<T>(ExportFormat format, string name, IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns);
}
