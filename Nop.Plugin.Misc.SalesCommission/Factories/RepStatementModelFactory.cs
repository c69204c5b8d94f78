using System.Globalization;
using Nop.Core.Domain.Directory;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Web.Models.Common;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Prepares the models of the staff members' storefront pages and widget.</summary>
public class RepStatementModelFactory : IRepStatementModelFactory
{
    private const int EntriesPageSize = 20;

    private readonly ICustomerService _customerService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IExplanationService _explanationService;
    private readonly IEntryService _entryService;
    private readonly IHoldPeriodService _holdPeriodService;
    private readonly ILocalizationService _localizationService;
    private readonly IMoneyFormat _moneyFormat;
    private readonly IOrderService _orderService;
    private readonly IReceiptService _receiptService;
    private readonly IRepStatementService _repStatementService;
    private readonly ITargetService _targetService;

    /// <summary>Creates the factory.</summary>
    public RepStatementModelFactory(ICustomerService customerService,
        IDateTimeHelper dateTimeHelper,
        IExplanationService explanationService,
        IEntryService entryService,
        IHoldPeriodService holdPeriodService,
        ILocalizationService localizationService,
        IMoneyFormat moneyFormat,
        IOrderService orderService,
        IReceiptService receiptService,
        IRepStatementService repStatementService,
        ITargetService targetService)
    {
        _customerService = customerService;
        _dateTimeHelper = dateTimeHelper;
        _explanationService = explanationService;
        _entryService = entryService;
        _holdPeriodService = holdPeriodService;
        _localizationService = localizationService;
        _moneyFormat = moneyFormat;
        _orderService = orderService;
        _receiptService = receiptService;
        _repStatementService = repStatementService;
        _targetService = targetService;
    }

    /// <inheritdoc />
    public async Task<MyCommissionsModel> PrepareMyCommissionsModelAsync(int viewerCustomerId, int staffCustomerId,
        TeamVisibility visibility, int pageNumber)
    {
        var nowUtc = DateTime.UtcNow;
        var pageIndex = Math.Max(pageNumber, 1) - 1;
        var isOwn = viewerCustomerId == staffCustomerId;
        var entries = await _repStatementService.GetEntriesAsync(staffCustomerId, pageIndex, EntriesPageSize);

        var model = new MyCommissionsModel
        {
            StaffCustomerId = staffCustomerId,
            StaffName = await GetStaffNameAsync(staffCustomerId),
            IsOwn = isOwn,
            ThisMonth = await PrepareFiguresAsync(staffCustomerId, UtcRange.PeriodContaining(LadderWindow.Month, nowUtc)),
            ThisYear = await PrepareFiguresAsync(staffCustomerId, UtcRange.PeriodContaining(LadderWindow.Year, nowUtc)),
            Entries = await PrepareEntryRowsAsync(entries),
            EntriesPager = new PagerModel(_localizationService)
            {
                PageSize = entries.PageSize,
                TotalRecords = entries.TotalCount,
                PageIndex = entries.PageIndex,
                ShowTotalSummary = false,
                RouteActionName = SalesCommissionDefaults.MyCommissionsRouteName,
                UseRouteLinks = true,
                RouteValues = new CommissionEntriesRouteValues { PageNumber = pageIndex + 1, StaffCustomerId = isOwn ? null : staffCustomerId }
            }
        };

        foreach (var attainment in await _targetService.GetActiveAttainmentsAsync(staffCustomerId, nowUtc))
        {
            model.Targets.Add(new TargetAttainmentModel
            {
                Period = CommissionPeriod.Label(attainment.Target.Window, attainment.Target.StartDate),
                IsTeamTarget = attainment.Target.GroupId is not null,
                CreditedNetSales = await FormatAsync(attainment.CreditedNetSales),
                Amount = await FormatAsync(attainment.Target.Amount),
                Percent = attainment.ShownPercent,
                BarPercent = (int)Math.Min(100m, Math.Round(attainment.ShownPercent, MidpointRounding.AwayFromZero)),
                IsMet = attainment.IsMet
            });
        }

        foreach (var receipt in await _repStatementService.GetStatementReceiptsAsync(staffCustomerId))
        {
            model.Receipts.Add(new ReceiptSummaryModel
            {
                Id = receipt.Id,
                Number = receipt.Number,
                Status = await _localizationService.GetLocalizedEnumAsync(receipt.Status),
                Total = await FormatAsync(receipt.Total),
                PaidOn = await ToUserTimeAsync(receipt.PaidOnUtc)
            });
        }

        if (isOwn)
        {
            foreach (var memberId in visibility.TeamOf(EngineId.Of(viewerCustomerId)).Select(EngineId.ToHost))
            {
                model.Team.Add(new TeamMemberModel
                {
                    StaffCustomerId = memberId,
                    Name = await GetStaffNameAsync(memberId),
                    ThisMonth = await PrepareFiguresAsync(memberId, UtcRange.PeriodContaining(LadderWindow.Month, nowUtc)),
                    ThisYear = await PrepareFiguresAsync(memberId, UtcRange.PeriodContaining(LadderWindow.Year, nowUtc))
                });
            }
        }

        return model;
    }

    /// <inheritdoc />
    public async Task<ReceiptStatementModel> PrepareReceiptStatementModelAsync(CommissionReceipt receipt)
    {
        var lines = (await _receiptService.GetReceiptEntriesAsync(receipt.Id))
            .OrderBy(entry => entry.OrderPaidOnUtc).ThenBy(entry => entry.Id)
            .ToList();

        return new ReceiptStatementModel
        {
            Id = receipt.Id,
            Number = receipt.Number,
            StaffCustomerId = receipt.BeneficiaryId,
            StaffName = await GetStaffNameAsync(receipt.BeneficiaryId),
            Status = await _localizationService.GetLocalizedEnumAsync(receipt.Status),
            Cutoff = (await ToUserTimeAsync(receipt.CutoffUtc))!.Value,
            ApprovedOn = await ToUserTimeAsync(receipt.ApprovedOnUtc),
            PaidOn = await ToUserTimeAsync(receipt.PaidOnUtc),
            PaymentMethod = receipt.PaymentMethod,
            PaymentReference = receipt.PaymentReference,
            Total = await FormatAsync(receipt.Total),
            Lines = await PrepareEntryRowsAsync(lines)
        };
    }

    /// <inheritdoc />
    public async Task<RepCommissionWidgetModel> PrepareRepWidgetModelAsync(int staffCustomerId)
    {
        var nowUtc = DateTime.UtcNow;
        return new RepCommissionWidgetModel
        {
            Month = UtcRange.PeriodContaining(LadderWindow.Month, nowUtc).FromUtc!.Value.ToString("MMMM yyyy", CultureInfo.CurrentCulture),
            ThisMonth = await PrepareFiguresAsync(staffCustomerId, UtcRange.PeriodContaining(LadderWindow.Month, nowUtc))
        };
    }

    private async Task<CommissionFiguresModel> PrepareFiguresAsync(int staffCustomerId, UtcRange period)
    {
        var totals = await _repStatementService.GetStatusTotalsAsync(staffCustomerId, period.FromUtc!.Value, period.ToUtc!.Value);
        return new CommissionFiguresModel
        {
            Pending = await FormatAsync(totals.Pending),
            Approved = await FormatAsync(totals.Approved),
            Paid = await FormatAsync(totals.Paid)
        };
    }

    /// <inheritdoc />
    public async Task<IList<CommissionEntryRowModel>> PrepareEntryRowsAsync(IList<CommissionEntry> entries)
    {
        var orders = (await _orderService.GetOrdersByIdsAsync(entries.Select(entry => entry.OrderId).Distinct().ToArray()))
            .ToDictionary(order => order.Id);
        var explanations = await _explanationService.ExplainAsync(entries.ToList());
        var programs = await _entryService.GetProgramNamesAsync(entries.Select(entry => entry.ProgramId));
        var holds = await _holdPeriodService.GetEntryHoldsAsync();
        var nowUtc = DateTime.UtcNow;
        var rows = new List<CommissionEntryRowModel>();
        foreach (var (entry, explanation) in entries.Zip(explanations))
        {
            //a draft receipt is the office's work in progress: for the rep its entries are still pending
            var status = entry.Status == EntryStatus.Drafted ? EntryStatus.Pending : entry.Status;
            rows.Add(new CommissionEntryRowModel
            {
                Id = entry.Id,
                CreatedOn = (await ToUserTimeAsync(entry.CreatedOnUtc))!.Value,
                OrderNumber = orders.TryGetValue(entry.OrderId, out var order) ? order.CustomOrderNumber : EngineId.Of(entry.OrderId),
                Kind = await _localizationService.GetLocalizedEnumAsync(entry.Kind),
                ProgramName = programs.TryGetValue(entry.ProgramId, out var program) ? program : $"#{entry.ProgramId}",
                Amount = await FormatAsync(entry.Amount),
                Status = await _holdPeriodService.OnHoldTextAsync(holds, entry, nowUtc)
                    ?? await _localizationService.GetLocalizedEnumAsync(status),
                Explanation = explanation
            });
        }

        return rows;
    }

    private async Task<string> GetStaffNameAsync(int staffCustomerId)
    {
        var customer = await _customerService.GetCustomerByIdAsync(staffCustomerId);
        if (customer is null)
            return EngineId.Of(staffCustomerId);

        return await _customerService.GetStaffNameAsync(customer);
    }

    private Task<string> FormatAsync(decimal amount) => _moneyFormat.FormatAsync(amount);

    private async Task<DateTime?> ToUserTimeAsync(DateTime? utc) =>
        utc is { } value ? await _dateTimeHelper.ConvertToUserTimeAsync(value, DateTimeKind.Utc) : null;
}
