namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The file formats a list can be exported in.</summary>
public enum ExportFormat
{
    /// <summary>Comma separated values (RFC 4180), UTF-8 with a byte order mark.</summary>
    Csv = 0,

    /// <summary>An Excel workbook, written by the host's own export helpers.</summary>
    Xlsx = 1
}
