using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Loads the history the engine names before it plans (period totals, credited sales before an order, Direct entries
/// under period caps) and an order's own ledger. Earlier means paid earlier, or at the same instant with a lower order
/// id (rules §9.6); refunded, reversed and deleted orders keep counting (§5).
/// </summary>
public class LedgerHistory : ILedgerHistory
{
    #region Fields

    /// <summary>How recent a pending payment must be to count as on its way to the ledger.</summary>
    private static readonly TimeSpan PaymentOnItsWayAge = TimeSpan.FromMinutes(10);

    private static readonly int[] ReversalEventTypes =
        [(int)OrderEventKind.Voided, (int)OrderEventKind.Cancelled, (int)OrderEventKind.Deleted];

    private readonly IOrderSnapshotBuilder _snapshotBuilder;
    private readonly LedgerHistoryQueries _queries;
    private readonly IRepository<OrderEventRecord> _eventRecordRepository;
    private readonly IRepository<PeriodCredit> _periodCreditRepository;
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public LedgerHistory(IOrderSnapshotBuilder snapshotBuilder,
        LedgerHistoryQueries queries,
        IRepository<OrderEventRecord> eventRecordRepository,
        IRepository<PeriodCredit> periodCreditRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository)
    {
        _snapshotBuilder = snapshotBuilder;
        _queries = queries;
        _eventRecordRepository = eventRecordRepository;
        _periodCreditRepository = periodCreditRepository;
        _creditedSaleRepository = creditedSaleRepository;
    }

    #endregion

    #region Utilities

    private async Task<Dictionary<SalesTarget, decimal>> GetCreditedBeforeAsync(Order order, CommissionSetup setup,
        IReadOnlyCollection<SalesTarget> targets)
    {
        var cutoff = HistoryCutoff.Before(order);
        var before = new Dictionary<SalesTarget, decimal>();
        foreach (var target in targets)
            before[target] = await _queries.GetCreditedSalesAsync(setup, target, cutoff);

        return before;
    }

    private async Task<Dictionary<PeriodKey, decimal>> GetPeriodTotalsBeforeAsync(Order order, IReadOnlyCollection<PeriodKey> keys,
        HistoryScope scope)
    {
        var programIds = keys.Select(key => EngineId.ToHost(key.ProgramId)).Distinct().ToArray();
        var beneficiaryIds = keys.Select(key => EngineId.ToHost(key.BeneficiaryId)).Distinct().ToArray();
        var periodStarts = keys.Select(key => key.PeriodStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)).Distinct().ToArray();

        var totals = await _queries.GetPeriodTotalsAsync(_queries.EarlierOrders(HistoryCutoff.Before(order), scope),
            credit => programIds.Contains(credit.ProgramId)
                      && beneficiaryIds.Contains(credit.BeneficiaryId)
                      && periodStarts.Contains(credit.PeriodStartUtc));

        return totals.Where(total => keys.Contains(total.Key)).ToDictionary(total => total.Key, total => total.Value);
    }

    /// <summary>The Direct entries already written under each period cap by earlier orders (rules §3.4).</summary>
    private async Task<Dictionary<CapKey, decimal>> GetCapPaidBeforeAsync(Order order, IReadOnlyCollection<CapKey> keys, HistoryScope scope)
    {
        var paid = new Dictionary<CapKey, decimal>();
        foreach (var key in keys)
        {
            var sums = await _queries.GetCapPaidAsync(_queries.EarlierOrders(HistoryCutoff.Before(order), scope),
                key.ProgramId, key.Window, key.PeriodStart, (key.BeneficiaryType, key.BeneficiaryId));
            paid[key] = sums.Values.Sum();
        }

        return paid;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<OrderLedgerHistory> GetOrderHistoryAsync(Order order, OrderEventRecord record, IList<CommissionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(entries);

        var otherRecords = await _eventRecordRepository.Table
            .Where(other => other.OrderId == order.Id && other.Id != record.Id)
            .Select(other => new { other.EventTypeId, other.StatusId })
            .ToListAsync();
        var paymentProcessed = entries.Any(entry => entry.KindId is (int)EntryKind.Direct or (int)EntryKind.Override)
                               || otherRecords.Any(other => other.EventTypeId == (int)OrderEventKind.Paid && other.StatusId == (int)OrderEventStatus.Processed)
                               || await _periodCreditRepository.Table.AnyAsync(credit => credit.OrderId == order.Id)
                               || await _creditedSaleRepository.Table.AnyAsync(sale => sale.OrderId == order.Id);
        var paymentPending = otherRecords.Any(other => other.EventTypeId == (int)OrderEventKind.Paid && other.StatusId != (int)OrderEventStatus.Processed);
        var reversed = entries.Any(entry => entry.KindId == (int)EntryKind.Reversal)
                       || otherRecords.Any(other => other.StatusId == (int)OrderEventStatus.Processed && ReversalEventTypes.Contains(other.EventTypeId));

        return new OrderLedgerHistory(entries.Select(LedgerStore.ToEngineEntry).ToList(), paymentProcessed, paymentPending, reversed, order.OrderTotal)
        {
            PaidAtUtc = order.PaidDateUtc
        };
    }

    /// <inheritdoc />
    public virtual async Task<IList<(OrderEventRecord Record, Order Order)>> GetPaymentsOnTheirWayBeforeAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.PaidDateUtc is null)
            return [];

        //only events of the last minutes: an older pending or failed payment is the retry task's
        var recentUtc = DateTime.UtcNow - PaymentOnItsWayAge;
        var pending = await (from record in _eventRecordRepository.Table
                             join other in _queries.EarlierOrders(HistoryCutoff.Before(order)) on record.OrderId equals other.Id
                             where record.EventTypeId == (int)OrderEventKind.Paid
                                   && record.StatusId == (int)OrderEventStatus.Pending
                                   && record.CreatedOnUtc >= recentUtc
                             orderby other.PaidDateUtc, other.Id, record.Id
                             select new { Record = record, Order = other }).ToListAsync();

        return pending.DistinctBy(payment => payment.Order.Id).Select(payment => (payment.Record, payment.Order)).ToList();
    }

    /// <inheritdoc />
    public virtual async Task<PaidOrderPlan> PlanPaymentAsync(Order order, CommissionSetup setup, OrderSnapshot snapshot, HistoryScope scope = null,
        OrderCredit credit = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(snapshot);
        scope ??= HistoryScope.Stored;

        var rank = await _snapshotBuilder.GetClientOrderRankAsync(order);

        //the engine names the history it reads before planning, so it is loaded once
        var needs = PaidOrderPlanner.Needs(setup, snapshot, credit);
        var stored = needs.PeriodKeys.Count == 0 ? [] : await GetPeriodTotalsBeforeAsync(order, needs.PeriodKeys, scope);
        var creditedBefore = needs.Targets.Count == 0 ? [] : await GetCreditedBeforeAsync(order, setup, needs.Targets);
        var capPaid = needs.CapKeys.Count == 0 ? [] : await GetCapPaidBeforeAsync(order, needs.CapKeys, scope);

        var plan = PaidOrderPlanner.Plan(setup, snapshot, rank,
            key => stored.GetValueOrDefault(key) + scope.RunTotals.GetValueOrDefault(key),
            target => creditedBefore.GetValueOrDefault(target),
            key => capPaid.GetValueOrDefault(key) + scope.RunCapPaid.GetValueOrDefault(key), credit);

        //only a run keeps its own history; a payment written now is read back from the store by the next one
        scope.TakeIn(plan, setup, snapshot.PaidAtUtc);

        return plan;
    }

    #endregion
}
