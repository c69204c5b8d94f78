using System.Text;
using ClosedXML.Excel;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Exports;

/// <summary>Exports: CSV by CsvHelper with the formula guard, Excel by the host's export helpers, the same columns.</summary>
[TestFixture]
public class ListExportTests : PluginHostTest
{
    private sealed record Line(string Name, decimal Amount, DateTime Day, int? Receipt);

    private static readonly IReadOnlyList<ExportColumn<Line>> Columns =
    [
        new("Name", line => line.Name),
        new("Amount", line => line.Amount),
        new("Day", line => line.Day),
        new("Receipt", line => line.Receipt)
    ];

    private static readonly Line[] Lines =
    [
        new("=HYPERLINK(\"http://x\")", -12.345m, new DateTime(2026, 12, 7, 23, 59, 59), 7),
        new("Lee, Ann", 1234.5m, new DateTime(2026, 12, 1), null),
        new("+1 offer\nnext line", 0m, new DateTime(2026, 1, 31), 8),
        new("@sum", 2m, new DateTime(2026, 2, 1), null),
        new("\ttab", 3m, new DateTime(2026, 2, 2), null)
    ];

    private static async Task<ExportFile> ExportAsync(ExportFormat format) =>
        await Resolve<IListExport>().ExportAsync(format, "lines", Lines, Columns);

    [Test]
    public async Task A_csv_export_guards_formulas_quotes_what_needs_it_and_keeps_a_negative_amounts_sign()
    {
        var file = await ExportAsync(ExportFormat.Csv);

        Assert.That(file.FileName, Is.EqualTo("lines.csv"));
        Assert.That(file.Content.Take(3), Is.EqualTo(Encoding.UTF8.GetPreamble()), "a byte order mark, so spreadsheets read names correctly");
        Assert.That(Encoding.UTF8.GetString(file.Content[3..]), Is.EqualTo(
            "Name,Amount,Day,Receipt\r\n" +
            "\"'=HYPERLINK(\"\"http://x\"\")\",-12.35,2026-12-07,7\r\n" +
            "\"Lee, Ann\",1234.50,2026-12-01,\r\n" +
            "\"'+1 offer\nnext line\",0.00,2026-01-31,8\r\n" +
            "'@sum,2.00,2026-02-01,\r\n" +
            "'\ttab,3.00,2026-02-02,\r\n"));
    }

    [Test]
    public async Task An_excel_export_holds_the_same_rows_as_numbers_days_and_texts()
    {
        var file = await ExportAsync(ExportFormat.Xlsx);

        Assert.That(file.FileName, Is.EqualTo("lines.xlsx"));
        using var workbook = new XLWorkbook(new MemoryStream(file.Content));
        var sheet = workbook.Worksheet(1);
        Assert.That(Enumerable.Range(1, 4).Select(column => sheet.Cell(1, column).GetString()), Is.EqualTo(new[] { "Name", "Amount", "Day", "Receipt" }));
        Assert.That(sheet.Cell(2, 1).GetString(), Is.EqualTo("=HYPERLINK(\"http://x\")"));
        Assert.That(sheet.Cell(2, 1).HasFormula, Is.False, "a text is never a formula in the workbook");
        Assert.That(sheet.Cell(2, 2).GetValue<decimal>(), Is.EqualTo(-12.35m));
        Assert.That(sheet.Cell(2, 3).GetDateTime(), Is.EqualTo(new DateTime(2026, 12, 7)));
        Assert.That(sheet.Cell(3, 2).GetValue<decimal>(), Is.EqualTo(1234.50m));
    }
}
