using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the reports page and its CSV and Excel exports.</summary>
public class ReportModelFactory : IReportModelFactory
{
    #region Fields

    private static readonly IReadOnlyList<ExportColumn<ReportRowModel>> ExportColumns =
    [
        new("Name", row => row.Name),
        new("Commission", row => row.Commission),
        new("Sales", row => row.Sales),
        new("Entries", row => row.Entries)
    ];

    private readonly ICustomerService _customerService;
    private readonly IListExport _listExport;
    private readonly IMoneyFormat _moneyFormat;
    private readonly IUserCalendar _userCalendar;
    private readonly IEntryService _entryService;
    private readonly ILocalizationService _localizationService;
    private readonly IProductService _productService;
    private readonly IReportService _reportService;
    private readonly IStoreService _storeService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public ReportModelFactory(ICustomerService customerService,
        IUserCalendar userCalendar,
        IEntryService entryService,
        IListExport listExport,
        ILocalizationService localizationService,
        IMoneyFormat moneyFormat,
        IProductService productService,
        IReportService reportService,
        IStoreService storeService)
    {
        _customerService = customerService;
        _userCalendar = userCalendar;
        _entryService = entryService;
        _listExport = listExport;
        _localizationService = localizationService;
        _moneyFormat = moneyFormat;
        _productService = productService;
        _reportService = reportService;
        _storeService = storeService;
    }

    #endregion

    #region Utilities

    /// <summary>Runs the report the filters ask for.</summary>
    private async Task<(ReportGrouping Grouping, IList<ReportRow> Rows)> GetReportAsync(ReportSearchModel searchModel)
    {
        var grouping = Enum.IsDefined((ReportGrouping)searchModel.GroupingId) ? (ReportGrouping)searchModel.GroupingId : ReportGrouping.Rep;
        var days = await _userCalendar.DaysAsync(searchModel.SearchFrom, searchModel.SearchTo);

        return (grouping, await _reportService.GetReportAsync(grouping, days.FromUtc, days.ToUtc, searchModel.SearchStoreId));
    }

    /// <summary>The report's lines with a readable name each (read only for the lines asked for).</summary>
    private async Task<IList<ReportRowModel>> ToModelsAsync(ReportGrouping grouping, IList<ReportRow> rows)
    {
        var names = await GetNamesAsync(grouping, rows);

        return rows.Select(row => new ReportRowModel
        {
            Name = names.TryGetValue((row.BeneficiaryTypeId, row.Key), out var name) ? name : $"#{row.Key}",
            Commission = row.Commission,
            Sales = row.Sales,
            Entries = row.Entries
        }).ToList();
    }

    private async Task<IDictionary<(int Type, int Key), string>> GetNamesAsync(ReportGrouping grouping, IList<ReportRow> rows)
    {
        var names = new Dictionary<(int Type, int Key), string>();
        switch (grouping)
        {
            case ReportGrouping.Rep:
            case ReportGrouping.Team:
                foreach (var ((type, id), name) in await _entryService.GetBeneficiaryNamesAsync(rows.Select(row => ((BeneficiaryType)row.BeneficiaryTypeId, row.Key))))
                    names[((int)type, id)] = name;
                break;
            case ReportGrouping.Program:
                foreach (var (id, name) in await _entryService.GetProgramNamesAsync(rows.Select(row => row.Key)))
                    names[(0, id)] = name;
                break;
            case ReportGrouping.Client:
                foreach (var customer in await _customerService.GetCustomersByIdsAsync(rows.Select(row => row.Key).ToArray()))
                    names[(0, customer.Id)] = customer.Email ?? await _customerService.GetCustomerFullNameAsync(customer);
                break;
            case ReportGrouping.Product:
                foreach (var product in await _productService.GetProductsByIdsAsync(rows.Select(row => row.Key).ToArray()))
                    names[(0, product.Id)] = product.Name;
                break;
            case ReportGrouping.Month:
                foreach (var row in rows)
                    names[(0, row.Key)] = string.Format(CultureInfo.InvariantCulture, "{0}-{1:00}", row.Key / 100, row.Key % 100);
                break;
        }

        return names;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<ReportSearchModel> PrepareReportSearchModelAsync(ReportSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        foreach (var grouping in Enum.GetValues<ReportGrouping>())
        {
            searchModel.AvailableGroupings.Add(new SelectListItem(
                await _localizationService.GetResourceAsync($"Plugins.Misc.SalesCommission.Reports.Grouping.{grouping}"),
                ((int)grouping).ToString(CultureInfo.InvariantCulture)));
        }

        searchModel.AvailableStores.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0"));
        foreach (var store in await _storeService.GetAllStoresAsync())
            searchModel.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture)));

        //a year to date by default: the report answers fast on a year, and most questions are about this year
        searchModel.SearchFrom ??= new DateTime(DateTime.UtcNow.Year, 1, 1);
        searchModel.SetGridPageSize();

        return searchModel;
    }

    /// <inheritdoc />
    public virtual async Task<ReportListModel> PrepareReportListModelAsync(ReportSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        //the lines are in the report's order already: only the page shown is named
        var (grouping, report) = await GetReportAsync(searchModel);
        var page = new PagedList<ReportRow>(report, searchModel.Page - 1, searchModel.PageSize);
        var rows = new PagedList<ReportRowModel>(await ToModelsAsync(grouping, page), page.PageIndex, page.PageSize, page.TotalCount);
        foreach (var row in rows)
        {
            row.CommissionText = await _moneyFormat.FormatAsync(row.Commission);
            row.SalesText = row.Sales is { } sales ? await _moneyFormat.FormatAsync(sales) : string.Empty;
        }

        return new ReportListModel().PrepareToGrid(searchModel, rows, () => rows);
    }

    /// <inheritdoc />
    public virtual async Task<ExportFile> ExportAsync(ReportSearchModel searchModel, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var (grouping, report) = await GetReportAsync(searchModel);
        return await _listExport.ExportAsync(format, "commission-report", await ToModelsAsync(grouping, report), ExportColumns);
    }

    #endregion
}
