using Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;
using Nop.Plugin.Misc.SalesCommission.Services;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the reports page and its CSV and Excel exports.</summary>
public interface IReportModelFactory
{
    /// <summary>Prepares the search model with its choices.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the search model</returns>
    Task<ReportSearchModel> PrepareReportSearchModelAsync(ReportSearchModel searchModel);

    /// <summary>Prepares a page of the report.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the page</returns>
    Task<ReportListModel> PrepareReportListModelAsync(ReportSearchModel searchModel);

    /// <summary>Gets the whole report, as filtered, as a CSV or Excel file.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the file</returns>
    Task<ExportFile> ExportAsync(ReportSearchModel searchModel, ExportFormat format);
}
