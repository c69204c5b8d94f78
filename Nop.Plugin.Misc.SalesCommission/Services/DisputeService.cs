using System.Globalization;
using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Disputes;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Stores disputes and their threads; the engine decides who may dispute what and what an action may do.</summary>
public class DisputeService : IDisputeService
{
    #region Fields

    private readonly IDisputeNotifier _disputeNotifier;
    private readonly ILedgerLock _ledgerLock;
    private readonly ILedgerStore _ledgerStore;
    private readonly IPeriodCloseService _periodCloseService;
    private readonly IRepository<CommissionDispute> _disputeRepository;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<DisputeMessage> _messageRepository;
    private readonly IRepository<Order> _orderRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public DisputeService(IDisputeNotifier disputeNotifier,
        ILedgerLock ledgerLock,
        ILedgerStore ledgerStore,
        IPeriodCloseService periodCloseService,
        IRepository<CommissionDispute> disputeRepository,
        IRepository<CommissionEntry> entryRepository,
        IRepository<DisputeMessage> messageRepository,
        IRepository<Order> orderRepository)
    {
        _disputeNotifier = disputeNotifier;
        _ledgerLock = ledgerLock;
        _ledgerStore = ledgerStore;
        _periodCloseService = periodCloseService;
        _disputeRepository = disputeRepository;
        _entryRepository = entryRepository;
        _messageRepository = messageRepository;
        _orderRepository = orderRepository;
    }

    #endregion

    #region Utilities

    private static DateTime MonthStartUtc(DateTime utc) =>
        ClosedMonths.MonthOf(utc).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private async Task<CommissionDispute> InsertAsync(int staffCustomerId, int? entryId, int orderId, DateTime dateUtc, string comment)
    {
        var now = DateTime.UtcNow;
        var dispute = new CommissionDispute
        {
            StaffCustomerId = staffCustomerId,
            EntryId = entryId,
            OrderId = orderId,
            MonthStartUtc = MonthStartUtc(dateUtc),
            Status = DisputeStatus.Open,
            CreatedOnUtc = now
        };
        await _disputeRepository.InsertAsync(dispute, false);
        await _messageRepository.InsertAsync(new DisputeMessage
        {
            DisputeId = dispute.Id, AuthorCustomerId = staffCustomerId, FromStaff = true, Text = comment, CreatedOnUtc = now
        }, false);
        await _disputeNotifier.NotifyOfficeAsync(dispute, comment);
        return dispute;
    }

    private async Task AddMessageAsync(CommissionDispute dispute, int authorCustomerId, string text)
    {
        var fromStaff = authorCustomerId == dispute.StaffCustomerId;
        await _messageRepository.InsertAsync(new DisputeMessage
        {
            DisputeId = dispute.Id, AuthorCustomerId = authorCustomerId, FromStaff = fromStaff, Text = text, CreatedOnUtc = DateTime.UtcNow
        }, false);
    }

    private async Task NotifyOtherSideAsync(CommissionDispute dispute, int authorCustomerId, string text)
    {
        if (authorCustomerId == dispute.StaffCustomerId)
            await _disputeNotifier.NotifyOfficeAsync(dispute, text);
        else
            await _disputeNotifier.NotifyStaffAsync(dispute, text);
    }

    private async Task CloseAsync(CommissionDispute dispute, DisputeAction action, int officeCustomerId)
    {
        dispute.Status = DisputePolicy.StatusAfter(action);
        dispute.ClosedOnUtc = DateTime.UtcNow;
        dispute.ClosedByCustomerId = officeCustomerId;
        await _disputeRepository.UpdateAsync(dispute, false);
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<(CommissionDispute Dispute, DisputeRefusal? Refusal)> OpenAboutEntryAsync(int staffCustomerId, int entryId, string comment)
    {
        var entry = await _entryRepository.GetByIdAsync(entryId);
        if (entry is null)
            return (null, DisputeRefusal.NotOwnEntry);
        if (DisputePolicy.MayDispute(EngineId.Of(staffCustomerId), _ledgerStore.ToLedgerEntry(entry)) is { } refusal)
            return (null, refusal);

        return (await InsertAsync(staffCustomerId, entry.Id, entry.OrderId, entry.OrderPaidOnUtc, comment), null);
    }

    /// <inheritdoc />
    public virtual async Task<CommissionDispute> OpenAboutMissingOrderAsync(int staffCustomerId, int orderId, string comment)
    {
        var order = await _orderRepository.GetByIdAsync(orderId)
            ?? throw new ArgumentException($"No order with id {orderId}", nameof(orderId));
        return await InsertAsync(staffCustomerId, null, order.Id, order.PaidDateUtc ?? order.CreatedOnUtc, comment);
    }

    /// <inheritdoc />
    public virtual async Task<int?> FindOrderIdAsync(string orderNumber)
    {
        var number = orderNumber?.Trim().TrimStart('#');
        if (string.IsNullOrEmpty(number))
            return null;

        var byNumber = await _orderRepository.Table.Where(order => order.CustomOrderNumber == number).Select(order => (int?)order.Id).FirstOrDefaultAsync();
        if (byNumber is not null)
            return byNumber;

        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && await _orderRepository.GetByIdAsync(id) is { } order
            ? order.Id
            : null;
    }

    /// <inheritdoc />
    public virtual async Task<CommissionDispute> GetDisputeAsync(int disputeId) => await _disputeRepository.GetByIdAsync(disputeId);

    /// <inheritdoc />
    public virtual async Task<IList<DisputeMessage>> GetMessagesAsync(int disputeId) =>
        await _messageRepository.Table.Where(message => message.DisputeId == disputeId).OrderBy(message => message.Id).ToListAsync();

    /// <inheritdoc />
    public virtual async Task<IPagedList<CommissionDispute>> SearchDisputesAsync(DisputeStatus? status = null, int? staffCustomerId = null,
        int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return await _disputeRepository.GetAllPagedAsync(query =>
        {
            if (status is { } wanted)
                query = query.Where(dispute => dispute.StatusId == (int)wanted);
            if (staffCustomerId is { } staff)
                query = query.Where(dispute => dispute.StaffCustomerId == staff);
            return query.OrderByDescending(dispute => dispute.Id);
        }, pageIndex, pageSize);
    }

    /// <inheritdoc />
    public virtual async Task<int> CountOpenAsync() =>
        await _disputeRepository.Table.CountAsync(dispute => dispute.StatusId == (int)DisputeStatus.Open);

    /// <inheritdoc />
    public virtual async Task<DisputeRefusal?> ReplyAsync(CommissionDispute dispute, int authorCustomerId, string text)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        if (DisputePolicy.Decide(dispute.Status, DisputeAction.Reply) is { } refusal)
            return refusal;

        await AddMessageAsync(dispute, authorCustomerId, text);
        await NotifyOtherSideAsync(dispute, authorCustomerId, text);
        return null;
    }

    /// <inheritdoc />
    public virtual async Task<DisputeRefusal?> ResolveAsync(CommissionDispute dispute, int officeCustomerId, decimal amount, string note, int? programId)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        if (DisputePolicy.Decide(dispute.Status, DisputeAction.Resolve, amount) is { } refusal)
            return refusal;

        var order = await _orderRepository.GetByIdAsync(dispute.OrderId)
            ?? throw new InvalidOperationException($"The order #{dispute.OrderId} of dispute {DisputeReference.Of(dispute.Id)} no longer exists");
        var disputed = dispute.EntryId is { } entryId ? await _entryRepository.GetByIdAsync(entryId) : null;
        var group = disputed is not null
            ? _ledgerStore.ToLedgerEntry(disputed).Group
            : new EntryGroup(EngineId.Of(programId ?? throw new ArgumentNullException(nameof(programId))), BeneficiaryType.Staff,
                EngineId.Of(dispute.StaffCustomerId), 0);
        var posting = (await _periodCloseService.GetClosedMonthsAsync()).Post(order.PaidDateUtc ?? disputed?.OrderPaidOnUtc ?? DateTime.UtcNow);
        var adjustment = DisputePolicy.Adjustment(group, EngineId.Of(order.Id), amount, DisputeReference.Of(dispute.Id), note, posting);

        using (var transaction = LedgerTransaction.Begin())
        {
            await _ledgerLock.TakeAsync();
            var existing = await _entryRepository.Table.Where(entry => entry.OrderId == order.Id).ToListAsync();
            await _ledgerStore.InsertEntriesAsync(order, existing, [adjustment], posting);
            var programHostId = EngineId.ToHost(group.ProgramId);
            dispute.AdjustmentEntryId = await _entryRepository.Table
                .Where(entry => entry.OrderId == order.Id && entry.ProgramId == programHostId && entry.BeneficiaryId == dispute.StaffCustomerId
                                && entry.KindId == (int)EntryKind.Adjustment)
                .OrderByDescending(entry => entry.Id)
                .Select(entry => (int?)entry.Id)
                .FirstOrDefaultAsync();
            await AddMessageAsync(dispute, officeCustomerId, note);
            await CloseAsync(dispute, DisputeAction.Resolve, officeCustomerId);
            transaction.Complete();
        }

        await _disputeNotifier.NotifyStaffAsync(dispute, note);
        return null;
    }

    /// <inheritdoc />
    public virtual async Task<DisputeRefusal?> RefuseAsync(CommissionDispute dispute, int officeCustomerId, string reason)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        if (DisputePolicy.Decide(dispute.Status, DisputeAction.Refuse) is { } refusal)
            return refusal;

        await AddMessageAsync(dispute, officeCustomerId, reason);
        await CloseAsync(dispute, DisputeAction.Refuse, officeCustomerId);
        await _disputeNotifier.NotifyStaffAsync(dispute, reason);
        return null;
    }

    #endregion
}
