using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the receipts pages.</summary>
public class ReceiptModelFactory : IReceiptModelFactory
{
    #region Fields

    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IUserCalendar _userCalendar;
    private readonly IEntryModelFactory _entryModelFactory;
    private readonly IEntryService _entryService;
    private readonly IExpenseService _expenseService;
    private readonly IListExport _listExport;
    private readonly ILocalizationService _localizationService;
    private readonly IMoneyFormat _moneyFormat;
    private readonly IReceiptService _receiptService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public ReceiptModelFactory(IDateTimeHelper dateTimeHelper,
        IUserCalendar userCalendar,
        IEntryModelFactory entryModelFactory,
        IEntryService entryService,
        IExpenseService expenseService,
        IListExport listExport,
        ILocalizationService localizationService,
        IMoneyFormat moneyFormat,
        IReceiptService receiptService)
    {
        _dateTimeHelper = dateTimeHelper;
        _userCalendar = userCalendar;
        _entryModelFactory = entryModelFactory;
        _entryService = entryService;
        _expenseService = expenseService;
        _listExport = listExport;
        _localizationService = localizationService;
        _moneyFormat = moneyFormat;
        _receiptService = receiptService;
    }

    #endregion

    #region Utilities

    private async Task<DateTime?> ToUserTimeAsync(DateTime? utc) =>
        utc is { } value ? await _dateTimeHelper.ConvertToUserTimeAsync(value, DateTimeKind.Utc) : null;

    private async Task<ReceiptModel> ToModelAsync(CommissionReceipt receipt, IDictionary<(BeneficiaryType Type, int Id), string> names)
    {
        var type = receipt.BeneficiaryType;
        var cutoff = await _dateTimeHelper.ConvertToUserTimeAsync(receipt.CutoffUtc, DateTimeKind.Utc);
        return new ReceiptModel
        {
            Id = receipt.Id,
            Number = receipt.Number,
            BeneficiaryName = names.TryGetValue((type, receipt.BeneficiaryId), out var name) ? name : $"#{receipt.BeneficiaryId}",
            BeneficiaryType = await _localizationService.GetLocalizedEnumAsync(type),
            Status = await _localizationService.GetLocalizedEnumAsync(receipt.Status),
            Cutoff = cutoff,
            CutoffText = cutoff.ToString("d", CultureInfo.CurrentCulture),
            Total = receipt.Total,
            TotalText = await _moneyFormat.FormatAsync(receipt.Total),
            CreatedOn = await _dateTimeHelper.ConvertToUserTimeAsync(receipt.CreatedOnUtc, DateTimeKind.Utc),
            ApprovedOn = await ToUserTimeAsync(receipt.ApprovedOnUtc),
            PaidOn = await ToUserTimeAsync(receipt.PaidOnUtc),
            PaymentMethod = receipt.PaymentMethod,
            PaymentReference = receipt.PaymentReference,
            VoidedOn = await ToUserTimeAsync(receipt.VoidedOnUtc)
        };
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<ReceiptSearchModel> PrepareReceiptSearchModelAsync(ReceiptSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        searchModel.AvailableStatuses.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "-1"));
        foreach (var status in Enum.GetValues<ReceiptStatus>())
            searchModel.AvailableStatuses.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(status), ((int)status).ToString(CultureInfo.InvariantCulture)));

        await _entryModelFactory.PrepareBeneficiaryOptionsAsync(searchModel.AvailableBeneficiaries, withAll: true);
        searchModel.CreateDrafts.CutoffDate ??= (await _dateTimeHelper.ConvertToUserTimeAsync(DateTime.UtcNow, DateTimeKind.Utc)).Date;
        searchModel.SetGridPageSize();

        return searchModel;
    }

    /// <inheritdoc />
    public virtual async Task<ReceiptListModel> PrepareReceiptListModelAsync(ReceiptSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var beneficiary = BeneficiaryKey.Parse(searchModel.SearchBeneficiary);
        var status = Enum.IsDefined((ReceiptStatus)searchModel.SearchStatusId) ? (ReceiptStatus)searchModel.SearchStatusId : (ReceiptStatus?)null;
        var receipts = await _receiptService.SearchReceiptsAsync(status, beneficiary?.Type, beneficiary?.Id,
            pageIndex: searchModel.Page - 1, pageSize: searchModel.PageSize);
        var names = await _entryService.GetBeneficiaryNamesAsync(receipts.Select(receipt => (receipt.BeneficiaryType, receipt.BeneficiaryId)));

        var rows = new List<ReceiptModel>();
        foreach (var receipt in receipts)
            rows.Add(await ToModelAsync(receipt, names));

        return new ReceiptListModel().PrepareToGrid(searchModel, receipts, () => rows);
    }

    /// <inheritdoc />
    public virtual async Task<ReceiptModel> PrepareReceiptModelAsync(int receiptId)
    {
        if (await _receiptService.GetReceiptByIdAsync(receiptId) is not { } receipt)
            return null;

        var names = await _entryService.GetBeneficiaryNamesAsync([(receipt.BeneficiaryType, receipt.BeneficiaryId)]);
        var model = await ToModelAsync(receipt, names);

        var entries = await _receiptService.GetReceiptEntriesAsync(receipt.Id);
        model.Entries = await _entryModelFactory.PrepareEntryModelsAsync(entries);
        model.PeriodFrom = entries.Count > 0 ? await _dateTimeHelper.ConvertToUserTimeAsync(entries.Min(entry => entry.OrderPaidOnUtc), DateTimeKind.Utc) : null;
        model.ExpenseBooked = await _expenseService.GetExpenseByReceiptIdAsync(receipt.Id) is not null;

        var status = receipt.Status;
        bool Allowed(ReceiptAction action) => ReceiptPolicy.Decide(status, action, receipt.Total, model.ExpenseBooked).Allowed;
        model.CanApprove = Allowed(ReceiptAction.Approve);
        model.CanPay = Allowed(ReceiptAction.Pay);
        model.CanVoid = Allowed(ReceiptAction.Void);
        model.CanBookExpense = Allowed(ReceiptAction.BookExpense);

        model.Pay = new PayReceiptModel
        {
            ReceiptId = receipt.Id,
            PaidOn = (await _dateTimeHelper.ConvertToUserTimeAsync(DateTime.UtcNow, DateTimeKind.Utc)).Date
        };
        model.BookExpense = new BookExpenseModel { ReceiptId = receipt.Id };

        return model;
    }

    /// <inheritdoc />
    public virtual async Task<ExportFile> ExportStatementAsync(int receiptId, ExportFormat format)
    {
        if (await _receiptService.GetReceiptByIdAsync(receiptId) is not { } receipt)
            return null;

        var entries = await _entryModelFactory.PrepareEntryModelsAsync(await _receiptService.GetReceiptEntriesAsync(receipt.Id));
        return await _listExport.ExportAsync<EntryModel>(format, $"commission-statement-{receipt.Number}", entries,
        [
            new("Receipt", _ => receipt.Number),
            new("Order", entry => entry.OrderId),
            new("PaidOn", entry => entry.OrderPaidOn),
            new("Program", entry => entry.ProgramName),
            new("Kind", entry => entry.Kind),
            new("Explanation", entry => entry.Explanation),
            new("Amount", entry => entry.Amount)
        ]);
    }

    /// <inheritdoc />
    public virtual async Task<DateTime> EndOfDayUtcAsync(DateTime day)
    {
        //the last whole second: the database may keep less precision than a tick
        return (await _userCalendar.DaysAsync(day, day)).ToUtc!.Value.AddSeconds(-1);
    }

    #endregion
}
