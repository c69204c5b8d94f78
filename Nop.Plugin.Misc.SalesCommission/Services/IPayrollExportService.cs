namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The payroll export: paid receipts as one file per payout run, in CSV or Excel.</summary>
public interface IPayrollExportService
{
    /// <summary>The paid receipts paid in a range and/or named by number, in the order they were paid.</summary>
    /// <param name="paidFromUtc">The first paid instant, or null.</param>
    /// <param name="paidToUtc">The first instant after the range, or null.</param>
    /// <param name="receiptNumbers">Receipt numbers to take, or empty for every receipt of the range.</param>
    Task<IList<PayrollLine>> GetLinesAsync(DateTime? paidFromUtc, DateTime? paidToUtc, IReadOnlyCollection<string> receiptNumbers);

    /// <summary>The receipt numbers among <paramref name="receiptNumbers"/> that name no paid receipt.</summary>
    Task<IList<string>> GetNumbersNotPaidAsync(IReadOnlyCollection<string> receiptNumbers);

    /// <summary>The lines as a CSV file or an Excel workbook, through the plugin's one list export (one header row; amounts with two decimals).</summary>
    /// <param name="format">CSV or Excel.</param>
    /// <param name="name">The file's name without extension.</param>
    /// <param name="lines">The lines.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the file.</returns>
    Task<ExportFile> ExportAsync(ExportFormat format, string name, IEnumerable<PayrollLine> lines);
}
