using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Services.ExportImport.Help;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Writes CSV with CsvHelper (quoting and line ends as RFC 4180 has them) and Excel with the host's
/// <see cref="PropertyManager{T}"/>, as the host's own order and customer exports do.
/// </summary>
public class ListExport : IListExport
{
    #region Fields

    private readonly CatalogSettings _catalogSettings;

    #endregion

    #region Ctor

    /// <summary>Creates the writer.</summary>
    public ListExport(CatalogSettings catalogSettings)
    {
        _catalogSettings = catalogSettings;
    }

    #endregion

    #region Utilities

    private static string CsvField(object value) => value switch
    {
        null => string.Empty,
        decimal amount => Money.Format(amount),
        DateTime day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => FormulaGuard.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture))
    };

    private static object XlsxCell(object value) => value switch
    {
        decimal amount => Money.Round(amount),
        DateTime day => day.Date,
        _ => value
    };

    private static byte[] ToCsv<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            //a line break of either kind inside a text is quoted, as RFC 4180 readers expect
            ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args) || args.Field.IndexOfAny(['\r', '\n']) >= 0
        }))
        {
            foreach (var column in columns)
                csv.WriteField(column.Name);
            csv.NextRecord();

            foreach (var row in rows)
            {
                foreach (var column in columns)
                    csv.WriteField(CsvField(column.Value(row)));
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<ExportFile> ExportAsync<T>(ExportFormat format, string name, IEnumerable<T> rows,
        IReadOnlyList<ExportColumn<T>> columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);

        if (format == ExportFormat.Xlsx)
        {
            var properties = columns.Select(column => new PropertyByName<T>(column.Name, (row, _) => XlsxCell(column.Value(row))));
            var workbook = await new PropertyManager<T>(properties, _catalogSettings).ExportToXlsxAsync(rows);
            return new ExportFile(workbook, MimeTypes.TextXlsx, name + ".xlsx");
        }

        return new ExportFile(ToCsv(rows, columns), MimeTypes.TextCsv, name + ".csv");
    }

    #endregion
}
