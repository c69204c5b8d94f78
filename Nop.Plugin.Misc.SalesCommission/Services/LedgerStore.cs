using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The ledger's rows as the engine's records and back; what an event decided is written in one transaction.</summary>
public class LedgerStore : ILedgerStore
{
    #region Fields

    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<PeriodCredit> _periodCreditRepository;
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;
    private readonly IReportTotalKeeper _reportTotalKeeper;

    #endregion

    #region Ctor

    /// <summary>Creates the store.</summary>
    public LedgerStore(IRepository<CommissionEntry> entryRepository,
        IRepository<PeriodCredit> periodCreditRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository,
        IReportTotalKeeper reportTotalKeeper)
    {
        _entryRepository = entryRepository;
        _periodCreditRepository = periodCreditRepository;
        _creditedSaleRepository = creditedSaleRepository;
        _reportTotalKeeper = reportTotalKeeper;
    }

    #endregion

    #region Utilities

    private static DateTime UtcDateOf(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>A stored entry as the engine reads it (without its derivation: the engine's decisions never read it).</summary>
    internal static LedgerEntry ToEngineEntry(CommissionEntry entry) =>
        new(EngineId.Of(entry.OrderId), EngineId.Of(entry.ProgramId), entry.BeneficiaryType,
            EngineId.Of(entry.BeneficiaryId), entry.Kind, entry.Level, entry.Base, entry.Amount, null);

    private async Task InsertEntryRowsAsync(Order order, IList<CommissionEntry> existing, IReadOnlyList<LedgerEntry> entries,
        DateOnly? closedMonth, DateOnly? postedInMonth)
    {
        foreach (var row in EntryRows(order, existing, entries, DateTime.UtcNow, closedMonth, postedInMonth))
            await _entryRepository.InsertAsync(row);
    }

    private async Task InsertCreditedSaleRowsAsync(Order order, IReadOnlyList<CreditedSale> creditedSales)
    {
        if (creditedSales.Count == 0)
            return;

        var stored = await _creditedSaleRepository.Table
            .Where(sale => sale.OrderId == order.Id)
            .Select(sale => sale.StaffCustomerId)
            .ToListAsync();
        foreach (var sale in CreditedSaleRows(order, creditedSales))
        {
            if (!stored.Contains(sale.StaffCustomerId))
                await _creditedSaleRepository.InsertAsync(sale, false);
        }
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IList<CommissionEntry>> GetOrderEntriesAsync(int orderId)
    {
        return await _entryRepository.Table
            .Where(entry => entry.OrderId == orderId)
            .OrderBy(entry => entry.Id)
            .ToListAsync();
    }

    /// <inheritdoc />
    public virtual LedgerEntry ToLedgerEntry(CommissionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return ToEngineEntry(entry);
    }

    /// <inheritdoc />
    public virtual async Task WriteAsync(Order order, IList<CommissionEntry> existing, OrderEventOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(outcome);

        var contributions = outcome.Payment?.Contributions ?? [];
        var creditedSales = outcome.Payment?.CreditedSales ?? [];
        if (outcome.Entries.Count == 0 && contributions.Count == 0 && creditedSales.Count == 0)
            return;

        using var transaction = LedgerTransaction.Begin();
        await _reportTotalKeeper.KeepAsync([order.Id], async () =>
        {
            await InsertEntryRowsAsync(order, existing, outcome.Entries, null, null);
            await InsertPeriodCreditsAsync(order, contributions);
            await InsertCreditedSaleRowsAsync(order, creditedSales);
        });
        transaction.Complete();
    }

    /// <inheritdoc />
    public virtual async Task InsertEntriesAsync(Order order, IList<CommissionEntry> existing, IReadOnlyList<LedgerEntry> entries,
        DateOnly? closedMonth = null, DateOnly? postedInMonth = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(entries);

        using var transaction = LedgerTransaction.Begin();
        await _reportTotalKeeper.KeepAsync([order.Id], () => InsertEntryRowsAsync(order, existing, entries, closedMonth, postedInMonth));
        transaction.Complete();
    }

    /// <inheritdoc />
    public virtual async Task InsertPeriodCreditsAsync(Order order, IReadOnlyList<PeriodContribution> contributions)
    {
        foreach (var credit in PeriodCreditRows(order, contributions))
            await _periodCreditRepository.InsertAsync(credit);
    }

    /// <inheritdoc />
    public virtual async Task InsertCreditedSalesAsync(Order order, IReadOnlyList<CreditedSale> creditedSales)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(creditedSales);

        if (creditedSales.Count == 0)
            return;

        using var transaction = LedgerTransaction.Begin();
        await _reportTotalKeeper.KeepAsync([order.Id], () => InsertCreditedSaleRowsAsync(order, creditedSales));
        transaction.Complete();
    }

    /// <inheritdoc />
    public virtual IList<CommissionEntry> EntryRows(Order order, IList<CommissionEntry> existing, IReadOnlyList<LedgerEntry> entries, DateTime nowUtc,
        DateOnly? closedMonth = null, DateOnly? postedInMonth = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(entries);

        var sequences = OrderEventDecision.SequencesOf(existing.Select(ToEngineEntry).ToList(), entries);
        return entries.Select((entry, index) => new CommissionEntry
        {
            OrderId = order.Id,
            ProgramId = EngineId.ToHost(entry.ProgramId),
            BeneficiaryTypeId = (int)entry.BeneficiaryType,
            BeneficiaryId = EngineId.ToHost(entry.BeneficiaryId),
            KindId = (int)entry.Kind,
            Level = entry.Level,
            Sequence = sequences[index],
            Base = entry.Base,
            Amount = entry.Amount,
            Explanation = string.Empty,
            Derivation = entry.Derivation is { } derivation ? DerivationJson.Write(derivation) : null,
            StatusId = (int)EntryStatus.Pending,
            StoreId = order.StoreId,
            ClientCustomerId = order.CustomerId,
            OrderPaidOnUtc = postedInMonth?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? order.PaidDateUtc ?? nowUtc,
            CorrectsMonthUtc = closedMonth?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            CreatedOnUtc = nowUtc
        }).ToList();
    }

    /// <inheritdoc />
    public virtual IList<PeriodCredit> PeriodCreditRows(Order order, IReadOnlyList<PeriodContribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(contributions);

        return contributions.Select(contribution => new PeriodCredit
        {
            OrderId = order.Id,
            ProgramId = EngineId.ToHost(contribution.Key.ProgramId),
            BeneficiaryTypeId = (int)contribution.Key.BeneficiaryType,
            BeneficiaryId = EngineId.ToHost(contribution.Key.BeneficiaryId),
            PeriodStartUtc = UtcDateOf(contribution.Key.PeriodStart),
            Target = contribution.Key.Target ?? string.Empty,
            Amount = contribution.Amount
        }).ToList();
    }

    /// <inheritdoc />
    public virtual IList<StaffCreditedSale> CreditedSaleRows(Order order, IReadOnlyList<CreditedSale> creditedSales)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(creditedSales);

        //each staff member once per order
        return creditedSales
            .DistinctBy(sale => sale.StaffId)
            .Select(sale => new StaffCreditedSale
            {
                OrderId = order.Id,
                StaffCustomerId = EngineId.ToHost(sale.StaffId),
                PaidOnUtc = sale.PaidAtUtc,
                NetSales = sale.NetSales
            }).ToList();
    }

    #endregion
}
