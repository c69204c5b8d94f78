using Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the reports page and its CSV export.</summary>
public interface IReportModelFactory
{
    /// <summary>Prepares the search model with its choices.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the search model</returns>
    Task<ReportSearchModel> PrepareReportSearchModelAsync(ReportSearchModel searchModel);

    /// <summary>Prepares a page of the report.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the page</returns>
    Task<ReportListModel> PrepareReportListModelAsync(ReportSearchModel searchModel);

    /// <summary>Gets the whole report, as filtered, as CSV.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the file's bytes (UTF-8)</returns>
    Task<byte[]> ExportCsvAsync(ReportSearchModel searchModel);
}
