using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Disputes;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the disputes pages.</summary>
public class DisputeModelFactory : IDisputeModelFactory
{
    #region Fields

    private const string Prefix = "Plugins.Misc.SalesCommission.Disputes.";

    private readonly ICustomerService _customerService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IDisputeService _disputeService;
    private readonly IEntryModelFactory _entryModelFactory;
    private readonly IEntryService _entryService;
    private readonly ILocalizationService _localizationService;
    private readonly IOrderService _orderService;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepStatementModelFactory _repStatementModelFactory;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public DisputeModelFactory(ICustomerService customerService,
        IDateTimeHelper dateTimeHelper,
        IDisputeService disputeService,
        IEntryModelFactory entryModelFactory,
        IEntryService entryService,
        ILocalizationService localizationService,
        IOrderService orderService,
        IRepository<CommissionEntry> entryRepository,
        IRepStatementModelFactory repStatementModelFactory)
    {
        _customerService = customerService;
        _dateTimeHelper = dateTimeHelper;
        _disputeService = disputeService;
        _entryModelFactory = entryModelFactory;
        _entryService = entryService;
        _localizationService = localizationService;
        _orderService = orderService;
        _entryRepository = entryRepository;
        _repStatementModelFactory = repStatementModelFactory;
    }

    #endregion

    #region Utilities

    private async Task<string> NameOfAsync(int customerId) =>
        await _customerService.GetCustomerByIdAsync(customerId) is { } customer ? await _customerService.GetStaffNameAsync(customer) : $"#{customerId}";

    private async Task<string> OrderNumberAsync(int orderId) =>
        (await _orderService.GetOrderByIdAsync(orderId))?.CustomOrderNumber ?? EngineId.Of(orderId);

    private async Task<string> SubjectAsync(CommissionDispute dispute) =>
        await _localizationService.GetResourceAsync(Prefix + (dispute.EntryId is null ? "Subject.MissingOrder" : "Subject.Entry"));

    private async Task<DateTime> UserTimeAsync(DateTime utc) => await _dateTimeHelper.ConvertToUserTimeAsync(utc, DateTimeKind.Utc);

    private async Task<IList<DisputeMessageModel>> PrepareMessagesAsync(CommissionDispute dispute, bool forStaff)
    {
        var office = await _localizationService.GetResourceAsync(Prefix + "Office");
        var messages = new List<DisputeMessageModel>();
        foreach (var message in await _disputeService.GetMessagesAsync(dispute.Id))
        {
            messages.Add(new DisputeMessageModel
            {
                //the rep reads "the office" for every answer; the office reads the name of whoever wrote
                Author = forStaff && !message.FromStaff ? office : await NameOfAsync(message.AuthorCustomerId),
                FromStaff = message.FromStaff,
                Text = message.Text,
                CreatedOn = await UserTimeAsync(message.CreatedOnUtc)
            });
        }

        return messages;
    }

    private async Task<DisputeRowModel> FillRowAsync(DisputeRowModel row, CommissionDispute dispute)
    {
        row.Id = dispute.Id;
        row.Reference = DisputeReference.Of(dispute.Id);
        row.StaffName = await NameOfAsync(dispute.StaffCustomerId);
        row.OrderNumber = await OrderNumberAsync(dispute.OrderId);
        row.Subject = await SubjectAsync(dispute);
        row.Month = dispute.MonthStartUtc.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        row.Status = await _localizationService.GetLocalizedEnumAsync(dispute.Status);
        row.CreatedOn = await UserTimeAsync(dispute.CreatedOnUtc);
        return row;
    }

    private async Task<CommissionEntry> EntryAsync(int? entryId) => entryId is { } id ? await _entryRepository.GetByIdAsync(id) : null;

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<DisputeSearchModel> PrepareDisputeSearchModelAsync(DisputeSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        searchModel.AvailableStatuses.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "-1"));
        foreach (var status in Enum.GetValues<DisputeStatus>())
            searchModel.AvailableStatuses.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(status), ((int)status).ToString(CultureInfo.InvariantCulture)));

        searchModel.AvailableStaff.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0"));
        foreach (var (type, id, name) in await _entryService.GetAllBeneficiariesAsync())
        {
            if (type == BeneficiaryType.Staff)
                searchModel.AvailableStaff.Add(new SelectListItem(name, id.ToString(CultureInfo.InvariantCulture)));
        }

        searchModel.SetGridPageSize();
        return searchModel;
    }

    /// <inheritdoc />
    public virtual async Task<DisputeListModel> PrepareDisputeListModelAsync(DisputeSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var status = Enum.IsDefined((DisputeStatus)searchModel.SearchStatusId) ? (DisputeStatus?)searchModel.SearchStatusId : null;
        var staff = searchModel.SearchStaffCustomerId > 0 ? searchModel.SearchStaffCustomerId : (int?)null;
        var disputes = await _disputeService.SearchDisputesAsync(status, staff, searchModel.Page - 1, searchModel.PageSize);
        var rows = new List<DisputeRowModel>();
        foreach (var dispute in disputes)
            rows.Add(await FillRowAsync(new DisputeRowModel(), dispute));

        return new DisputeListModel().PrepareToGrid(searchModel, disputes, () => rows);
    }

    /// <inheritdoc />
    public virtual async Task<DisputeModel> PrepareDisputeModelAsync(CommissionDispute dispute, DisputeModel model = null)
    {
        ArgumentNullException.ThrowIfNull(dispute);

        model ??= new DisputeModel();
        await FillRowAsync(model, dispute);
        model.IsOpen = dispute.Status == DisputeStatus.Open;
        model.OrderId = dispute.OrderId;
        model.Messages = await PrepareMessagesAsync(dispute, forStaff: false);
        if (await EntryAsync(dispute.EntryId) is { } entry)
            model.Entry = (await _entryModelFactory.PrepareEntryModelsAsync([entry])).Single();
        if (await EntryAsync(dispute.AdjustmentEntryId) is { } adjustment)
            model.Adjustment = (await _entryModelFactory.PrepareEntryModelsAsync([adjustment])).Single();
        if (dispute.ClosedOnUtc is { } closedOn)
        {
            model.ClosedOn = await UserTimeAsync(closedOn);
            model.ClosedBy = dispute.ClosedByCustomerId is { } by ? await NameOfAsync(by) : string.Empty;
        }

        model.Reply.DisputeId = model.Resolve.DisputeId = model.Refuse.DisputeId = dispute.Id;
        if (dispute.EntryId is null)
        {
            foreach (var program in await _entryService.GetProgramsAsync())
                model.AvailablePrograms.Add(new SelectListItem(program.Name, program.Id.ToString(CultureInfo.InvariantCulture)));
        }

        return model;
    }

    /// <inheritdoc />
    public virtual async Task<DisputeFormModel> PrepareDisputeFormModelAsync(DisputeFormModel model, CommissionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(model);

        model.EntryId = entry?.Id;
        model.Entry = entry is null ? null : (await _repStatementModelFactory.PrepareEntryRowsAsync([entry])).Single();
        return model;
    }

    /// <inheritdoc />
    public virtual async Task<DisputeThreadModel> PrepareDisputeThreadModelAsync(CommissionDispute dispute, string text = null)
    {
        ArgumentNullException.ThrowIfNull(dispute);

        return new DisputeThreadModel
        {
            Id = dispute.Id,
            Reference = DisputeReference.Of(dispute.Id),
            OrderNumber = await OrderNumberAsync(dispute.OrderId),
            Subject = await SubjectAsync(dispute),
            Status = await _localizationService.GetLocalizedEnumAsync(dispute.Status),
            IsOpen = dispute.Status == DisputeStatus.Open,
            Adjustment = await EntryAsync(dispute.AdjustmentEntryId) is { } adjustment
                ? (await _repStatementModelFactory.PrepareEntryRowsAsync([adjustment])).Single()
                : null,
            Messages = await PrepareMessagesAsync(dispute, forStaff: true),
            Text = text
        };
    }

    /// <inheritdoc />
    public virtual async Task<MyDisputesModel> PrepareMyDisputesModelAsync(int staffCustomerId)
    {
        var model = new MyDisputesModel();
        foreach (var dispute in await _disputeService.SearchDisputesAsync(staffCustomerId: staffCustomerId))
            model.Disputes.Add(await PrepareDisputeThreadModelAsync(dispute));
        return model;
    }

    #endregion
}
