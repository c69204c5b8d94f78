using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the ledger page, the recalculation pages and the order panel.</summary>
public class EntryModelFactory : IEntryModelFactory
{
    #region Fields

    /// <summary>Empty seller rows offered under the order's sellers.</summary>
    private const int BlankSellerRows = 2;

    private const string ResourcePrefix = "Plugins.Misc.SalesCommission.Entries.";

    private static readonly IReadOnlyList<ExportColumn<EntryModel>> ExportColumns =
    [
        new("Order", entry => entry.OrderId),
        new("PaidOn", entry => entry.OrderPaidOn),
        new("Beneficiary", entry => entry.BeneficiaryName),
        new("BeneficiaryType", entry => entry.BeneficiaryType),
        new("Program", entry => entry.ProgramName),
        new("Kind", entry => entry.Kind),
        new("Status", entry => entry.Status),
        new("Base", entry => entry.Base),
        new("Amount", entry => entry.Amount),
        new("Explanation", entry => entry.Explanation),
        new("Receipt", entry => entry.ReceiptId)
    ];

    private readonly ICustomerService _customerService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IHoldPeriodService _holdPeriodService;
    private readonly IUserCalendar _userCalendar;
    private readonly IEntryService _entryService;
    private readonly IExplanationService _explanationService;
    private readonly ILedgerStore _ledgerStore;
    private readonly IListExport _listExport;
    private readonly ILocalizationService _localizationService;
    private readonly IMoneyFormat _moneyFormat;
    private readonly IOrderSellerService _orderSellerService;
    private readonly IRecalculationService _recalculationService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public EntryModelFactory(ICustomerService customerService,
        IDateTimeHelper dateTimeHelper,
        IHoldPeriodService holdPeriodService,
        IUserCalendar userCalendar,
        IEntryService entryService,
        IExplanationService explanationService,
        ILedgerStore ledgerStore,
        IListExport listExport,
        ILocalizationService localizationService,
        IMoneyFormat moneyFormat,
        IOrderSellerService orderSellerService,
        IRecalculationService recalculationService)
    {
        _customerService = customerService;
        _dateTimeHelper = dateTimeHelper;
        _holdPeriodService = holdPeriodService;
        _userCalendar = userCalendar;
        _entryService = entryService;
        _explanationService = explanationService;
        _ledgerStore = ledgerStore;
        _listExport = listExport;
        _localizationService = localizationService;
        _moneyFormat = moneyFormat;
        _orderSellerService = orderSellerService;
        _recalculationService = recalculationService;
    }

    #endregion

    #region Utilities

    private async Task<SelectListItem> AllItemAsync(string value) =>
        new(await _localizationService.GetResourceAsync("Admin.Common.All"), value);

    private async Task AddEnumOptionsAsync<TEnum>(IList<SelectListItem> items) where TEnum : struct, Enum
    {
        items.Add(await AllItemAsync("-1"));
        foreach (var value in Enum.GetValues<TEnum>())
            items.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(value), Convert.ToInt32(value).ToString(CultureInfo.InvariantCulture)));
    }


    private static EntrySearch ToSearch(EntrySearchModel model, DateTime? fromUtc, DateTime? toUtc)
    {
        var beneficiary = BeneficiaryKey.Parse(model.SearchBeneficiary);
        return new EntrySearch
        {
            BeneficiaryType = beneficiary?.Type,
            BeneficiaryId = beneficiary?.Id,
            ProgramId = model.SearchProgramId > 0 ? model.SearchProgramId : null,
            Kind = Enum.IsDefined((EntryKind)model.SearchKindId) ? (EntryKind)model.SearchKindId : null,
            Status = Enum.IsDefined((EntryStatus)model.SearchStatusId) ? (EntryStatus)model.SearchStatusId : null,
            PaidFromUtc = fromUtc,
            PaidToUtc = toUtc,
            OrderId = model.SearchOrderId > 0 ? model.SearchOrderId : null
        };
    }

    private async Task<string> DescribeScopeAsync(RecalculationRun run)
    {
        if (!string.IsNullOrEmpty(run.OrderIds))
            return string.Format(await _localizationService.GetResourceAsync(ResourcePrefix + "Runs.Orders.List"), run.OrderIds);

        async Task<string> DayAsync(DateTime? utc) => utc is { } value
            ? (await _dateTimeHelper.ConvertToUserTimeAsync(value, DateTimeKind.Utc)).ToString("d", CultureInfo.CurrentCulture)
            : "…";

        return $"{await DayAsync(run.FromUtc)} – {await DayAsync(run.ToUtc)}";
    }

    /// <summary>Who the order credits now, with their splits, and the crediting step that named them.</summary>
    private async Task<string> DescribeCreditAsync(int orderId)
    {
        if (await _orderSellerService.GetCreditAsync(orderId) is not { } credit)
            return string.Empty;

        var source = await _localizationService.GetResourceAsync($"Plugins.Misc.SalesCommission.OrderPanel.CreditSource.{credit.Source}");
        if (credit.IsUncredited)
            return source;

        var names = await _entryService.GetBeneficiaryNamesAsync(credit.Staff.Select(share => (BeneficiaryType.Staff, EngineId.ToHost(share.StaffId))));
        var staff = credit.Staff.Select(share =>
        {
            var id = EngineId.ToHost(share.StaffId);
            var name = names.TryGetValue((BeneficiaryType.Staff, id), out var found) ? found : $"#{id}";
            return string.Format(CultureInfo.CurrentCulture, "{0} {1:0.##}%", name, share.Split);
        });

        return string.Format(CultureInfo.CurrentCulture, "{0} ({1})", string.Join(", ", staff), source);
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<EntrySearchModel> PrepareEntrySearchModelAsync(EntrySearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        await PrepareBeneficiaryOptionsAsync(searchModel.AvailableBeneficiaries, withAll: true);

        searchModel.AvailablePrograms.Add(await AllItemAsync("0"));
        foreach (var program in await _entryService.GetProgramsAsync())
            searchModel.AvailablePrograms.Add(new SelectListItem(program.Name, program.Id.ToString(CultureInfo.InvariantCulture)));

        await AddEnumOptionsAsync<EntryKind>(searchModel.AvailableKinds);
        await AddEnumOptionsAsync<EntryStatus>(searchModel.AvailableStatuses);

        searchModel.SetGridPageSize();
        searchModel.RunSearch.SetGridPageSize(5, "5, 10, 20, 50");

        return searchModel;
    }

    /// <inheritdoc />
    public virtual async Task<EntryListModel> PrepareEntryListModelAsync(EntrySearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var days = await _userCalendar.DaysAsync(searchModel.SearchPaidFrom, searchModel.SearchPaidTo);
        var entries = await _entryService.SearchEntriesAsync(ToSearch(searchModel, days.FromUtc, days.ToUtc), searchModel.Page - 1, searchModel.PageSize);
        var rows = await PrepareEntryModelsAsync(entries);

        return new EntryListModel().PrepareToGrid(searchModel, entries, () => rows);
    }

    /// <inheritdoc />
    public virtual async Task<ExportFile> ExportAsync(EntrySearchModel searchModel, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var days = await _userCalendar.DaysAsync(searchModel.SearchPaidFrom, searchModel.SearchPaidTo);
        var entries = await _entryService.SearchEntriesAsync(ToSearch(searchModel, days.FromUtc, days.ToUtc));

        return await _listExport.ExportAsync(format, "commission-entries", await PrepareEntryModelsAsync(entries), ExportColumns);
    }

    /// <inheritdoc />
    public virtual async Task<IList<EntryModel>> PrepareEntryModelsAsync(IEnumerable<CommissionEntry> entries)
    {
        var list = entries.ToList();
        var names = await _entryService.GetBeneficiaryNamesAsync(list.Select(entry => (entry.BeneficiaryType, entry.BeneficiaryId)));
        var programs = await _entryService.GetProgramNamesAsync(list.Select(entry => entry.ProgramId));
        var explanations = await _explanationService.ExplainAsync(list);
        var holds = await _holdPeriodService.GetEntryHoldsAsync();
        var nowUtc = DateTime.UtcNow;

        var rows = new List<EntryModel>();
        foreach (var (entry, explanation) in list.Zip(explanations))
        {
            var type = entry.BeneficiaryType;
            var kind = await _localizationService.GetLocalizedEnumAsync(entry.Kind);
            rows.Add(new EntryModel
            {
                Id = entry.Id,
                OrderId = entry.OrderId,
                OrderPaidOn = await _dateTimeHelper.ConvertToUserTimeAsync(entry.OrderPaidOnUtc, DateTimeKind.Utc),
                BeneficiaryName = names.TryGetValue((type, entry.BeneficiaryId), out var name) ? name : $"#{entry.BeneficiaryId}",
                BeneficiaryType = await _localizationService.GetLocalizedEnumAsync(type),
                ProgramName = programs.TryGetValue(entry.ProgramId, out var program) ? program : $"#{entry.ProgramId}",
                Kind = entry.Level > 0 ? $"{kind} L{entry.Level}" : kind,
                Status = await _holdPeriodService.OnHoldTextAsync(holds, entry, nowUtc)
                    ?? await _localizationService.GetLocalizedEnumAsync(entry.Status),
                Base = entry.Base,
                Amount = entry.Amount,
                BaseText = await _moneyFormat.FormatAsync(entry.Base),
                AmountText = await _moneyFormat.FormatAsync(entry.Amount),
                Explanation = explanation,
                ReceiptId = entry.ReceiptId
            });
        }

        return rows;
    }

    /// <inheritdoc />
    public virtual async Task PrepareBeneficiaryOptionsAsync(IList<SelectListItem> items, bool withAll)
    {
        if (withAll)
            items.Add(await AllItemAsync(string.Empty));

        foreach (var (type, id, name) in await _entryService.GetAllBeneficiariesAsync())
        {
            items.Add(new SelectListItem($"{await _localizationService.GetLocalizedEnumAsync(type)}: {name}",
                new BeneficiaryKey(type, id).ToString()));
        }
    }

    /// <inheritdoc />
    public virtual async Task<RecalculationScope> GetRecalculationScopeAsync(RecalculationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        if (!string.IsNullOrWhiteSpace(model.OrderIds))
        {
            var ids = model.OrderIds.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)
                .Select(id => int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture))
                .Distinct()
                .ToList();
            return new RecalculationScope(null, null, ids);
        }

        var days = await _userCalendar.DaysAsync(model.FromDate, model.ToDate);
        return new RecalculationScope(days.FromUtc, days.ToUtc, null);
    }

    /// <inheritdoc />
    public virtual async Task<RecalculationPreviewModel> PrepareRecalculationPreviewModelAsync(RecalculationModel request,
        IReadOnlyList<RecalculationDifference> differences)
    {
        var beneficiaries = differences.Select(d => (d.Group.BeneficiaryType, EngineId.ToHost(d.Group.BeneficiaryId)));
        var names = await _entryService.GetBeneficiaryNamesAsync(beneficiaries);
        var programs = await _entryService.GetProgramNamesAsync(differences.Select(d => EngineId.ToHost(d.Group.ProgramId)));

        var netChange = differences.Sum(d => d.Difference);
        var model = new RecalculationPreviewModel
        {
            Request = request,
            NetChange = netChange,
            NetChangeText = await _moneyFormat.FormatAsync(netChange),
            Differences = differences.Select(d =>
            {
                var beneficiaryId = EngineId.ToHost(d.Group.BeneficiaryId);
                var programId = EngineId.ToHost(d.Group.ProgramId);
                return new RecalculationDifferenceModel
                {
                    OrderId = EngineId.ToHost(d.OrderId),
                    ProgramName = programs.TryGetValue(programId, out var program) ? program : $"#{programId}",
                    BeneficiaryName = names.TryGetValue((d.Group.BeneficiaryType, beneficiaryId), out var name) ? name : $"#{beneficiaryId}",
                    Level = d.Group.Level,
                    Current = d.Current,
                    Recalculated = d.Recalculated,
                    Difference = d.Difference
                };
            }).ToList()
        };

        foreach (var difference in model.Differences)
        {
            difference.CurrentText = await _moneyFormat.FormatAsync(difference.Current);
            difference.RecalculatedText = await _moneyFormat.FormatAsync(difference.Recalculated);
            difference.DifferenceText = await _moneyFormat.FormatAsync(difference.Difference);
        }

        return model;
    }

    /// <inheritdoc />
    public virtual async Task<RecalculationRunListModel> PrepareRunListModelAsync(RecalculationRunSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var runs = await _recalculationService.GetRunsAsync(searchModel.Page - 1, searchModel.PageSize);
        var customers = (await _customerService.GetCustomersByIdsAsync(runs.Select(run => run.CustomerId).Distinct().ToArray()))
            .ToDictionary(customer => customer.Id, customer => customer.Email);
        var preview = await _localizationService.GetResourceAsync(ResourcePrefix + "Runs.Preview");
        var applied = await _localizationService.GetResourceAsync(ResourcePrefix + "Runs.Applied");

        var rows = new List<RecalculationRunModel>();
        foreach (var run in runs)
        {
            rows.Add(new RecalculationRunModel
            {
                Id = run.Id,
                StartedOn = await _dateTimeHelper.ConvertToUserTimeAsync(run.StartedOnUtc, DateTimeKind.Utc),
                CustomerEmail = customers.GetValueOrDefault(run.CustomerId),
                Scope = await DescribeScopeAsync(run),
                Mode = run.DryRun ? preview : applied,
                OrdersExamined = run.OrdersExamined,
                EntriesAdded = run.EntriesAdded,
                EntriesRemoved = run.EntriesRemoved,
                NetChange = run.NetChange,
                NetChangeText = await _moneyFormat.FormatAsync(run.NetChange),
                Result = run.Result
            });
        }

        return new RecalculationRunListModel().PrepareToGrid(searchModel, runs, () => rows);
    }

    /// <inheritdoc />
    public virtual async Task<OrderCommissionPanelModel> PrepareOrderPanelModelAsync(int orderId)
    {
        var entries = await _ledgerStore.GetOrderEntriesAsync(orderId);
        var total = entries.Sum(entry => entry.Amount);
        var model = new OrderCommissionPanelModel
        {
            OrderId = orderId,
            Entries = await PrepareEntryModelsAsync(entries),
            Total = total,
            TotalText = await _moneyFormat.FormatAsync(total),
            Credited = await DescribeCreditAsync(orderId),
            Sellers = new OrderSellersModel { CommissionOrderId = orderId }
        };

        foreach (var seller in await _orderSellerService.GetSellersAsync(orderId))
            model.Sellers.CommissionSellers.Add(new OrderSellerModel { StaffCustomerId = seller.StaffCustomerId, Split = seller.Split });
        for (var row = 0; row < BlankSellerRows; row++)
            model.Sellers.CommissionSellers.Add(new OrderSellerModel());

        model.AvailableStaff.Add(new SelectListItem(await _localizationService.GetResourceAsync(ResourcePrefix + "Panel.NoSeller"), "0"));
        foreach (var (type, id, name) in await _entryService.GetAllBeneficiariesAsync())
        {
            if (type == BeneficiaryType.Staff)
                model.AvailableStaff.Add(new SelectListItem(name, id.ToString(CultureInfo.InvariantCulture)));
        }

        return model;
    }

    #endregion
}
