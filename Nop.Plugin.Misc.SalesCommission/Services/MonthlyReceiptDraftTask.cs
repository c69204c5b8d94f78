using Nop.Services.Configuration;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// At the start of each month, drafts every beneficiary's receipt for the entries of orders paid up to the end of
/// the previous month, when the store asked for monthly drafts. It runs more often than monthly; once drafts for
/// the previous month's cut-off exist, it does nothing until the next month.
/// </summary>
public class MonthlyReceiptDraftTask : IScheduleTask
{
    #region Fields

    private readonly IReceiptService _receiptService;
    private readonly ISettingService _settingService;

    #endregion

    #region Ctor

    /// <summary>Creates the task.</summary>
    public MonthlyReceiptDraftTask(IReceiptService receiptService, ISettingService settingService)
    {
        _receiptService = receiptService;
        _settingService = settingService;
    }

    #endregion

    #region Methods

    /// <summary>The cut-off of the monthly drafts made at a given time: the last instant of the previous month (UTC).</summary>
    /// <param name="nowUtc">The time the drafts are made (UTC).</param>
    /// <returns>The cut-off, one microsecond before the month began (the finest time the database keeps).</returns>
    public static DateTime CutoffFor(DateTime nowUtc) =>
        new DateTime(nowUtc.Year, nowUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMicroseconds(-1);

    /// <summary>Drafts last month's receipts unless they were drafted already.</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task ExecuteAsync()
    {
        var settings = await _settingService.LoadSettingAsync<SalesCommissionSettings>();
        if (!settings.MonthlyDraftsEnabled)
            return;

        var cutoffUtc = CutoffFor(DateTime.UtcNow);
        if (await _receiptService.HasReceiptsForCutoffAsync(cutoffUtc))
            return;

        await _receiptService.CreateDraftsAsync(cutoffUtc);
    }

    #endregion
}
