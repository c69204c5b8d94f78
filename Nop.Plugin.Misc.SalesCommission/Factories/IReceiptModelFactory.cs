using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the receipts pages.</summary>
public interface IReceiptModelFactory
{
    /// <summary>Prepares the receipts page: filters and the drafting form.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the search model.</returns>
    Task<ReceiptSearchModel> PrepareReceiptSearchModelAsync(ReceiptSearchModel searchModel);

    /// <summary>Prepares a page of receipts.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the list model.</returns>
    Task<ReceiptListModel> PrepareReceiptListModelAsync(ReceiptSearchModel searchModel);

    /// <summary>Prepares a receipt with its entries and the actions the engine allows now.</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model, or null when there is no such receipt.</returns>
    Task<ReceiptModel> PrepareReceiptModelAsync(int receiptId);

    /// <summary>Gets a receipt's statement lines (its entries) as a CSV or Excel file.</summary>
    /// <param name="receiptId">The receipt.</param>
    /// <param name="format">CSV or Excel.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the file, or null when there is no such receipt.</returns>
    Task<ExportFile> ExportStatementAsync(int receiptId, ExportFormat format);

    /// <summary>Converts a day the user picked into the UTC end of that day (a cut-off or a payment date).</summary>
    /// <param name="day">The day.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the last second of the day, in UTC.</returns>
    Task<DateTime> EndOfDayUtcAsync(DateTime day);
}
