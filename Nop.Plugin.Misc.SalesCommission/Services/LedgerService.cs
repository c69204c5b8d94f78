using Microsoft.Data.SqlClient;
using MySqlConnector;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Npgsql;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Keeps the commission ledger in step with the order lifecycle. The engine decides everything
/// (<see cref="OrderEventDecision"/>: what an event writes, whether it waits); this service reads the order and its
/// ledger, asks the engine, and writes the answer in one transaction. Writing is idempotent: a write that loses a race
/// with another delivery of the same event (the database's unique index refuses it) is decided again on the ledger as
/// it then stands.
/// </summary>
public class LedgerService : ILedgerService
{
    #region Fields

    /// <summary>How many times an event is decided at once before it is left to the retry task.</summary>
    private const int MaxImmediateAttempts = 3;

    private readonly ICommissionSetupBuilder _setupBuilder;
    private readonly ILedgerHistory _ledgerHistory;
    private readonly ILedgerLock _ledgerLock;
    private readonly ILedgerStore _ledgerStore;
    private readonly ILogger _logger;
    private readonly IOrderCreditingStore _creditingStore;
    private readonly IOrderService _orderService;
    private readonly IOrderSnapshotBuilder _snapshotBuilder;
    private readonly IPeriodCloseService _periodCloseService;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public LedgerService(ICommissionSetupBuilder setupBuilder,
        ILedgerHistory ledgerHistory,
        ILedgerLock ledgerLock,
        ILedgerStore ledgerStore,
        ILogger logger,
        IOrderCreditingStore creditingStore,
        IOrderService orderService,
        IOrderSnapshotBuilder snapshotBuilder,
        IPeriodCloseService periodCloseService)
    {
        _setupBuilder = setupBuilder;
        _ledgerHistory = ledgerHistory;
        _ledgerLock = ledgerLock;
        _ledgerStore = ledgerStore;
        _logger = logger;
        _creditingStore = creditingStore;
        _orderService = orderService;
        _snapshotBuilder = snapshotBuilder;
        _periodCloseService = periodCloseService;
    }

    #endregion

    #region Utilities

    private static bool IsDuplicateKey(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }:
                case SqlException { Number: 2601 or 2627 }:
                case MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>A failure a second try at once may not meet: a serialization failure or a deadlock.</summary>
    private static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }:
                case SqlException { Number: 1205 }:
                case MySqlException { ErrorCode: MySqlErrorCode.LockDeadlock }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the order's ledger and the history its payment is planned on AFTER taking the ledger lock, in the
    /// transaction that writes: payments that share a period total, a cap or a target are planned one after another,
    /// each on what the ones before it wrote.
    /// </summary>
    private async Task DecideAndWriteAsync(OrderEventRecord record, Order order)
    {
        using var transaction = LedgerTransaction.Begin();
        await _ledgerLock.TakeAsync();

        //payments are taken in by paid time (rules §9.6): one paid a moment earlier whose event is still on its way is
        //taken in first, so this order is planned on it
        if (record.EventType == OrderEventKind.Paid)
        {
            foreach (var (earlierRecord, earlierOrder) in await _ledgerHistory.GetPaymentsOnTheirWayBeforeAsync(order))
                await DecideAsync(earlierRecord, earlierOrder);
        }

        await DecideAsync(record, order);
        transaction.Complete();
    }

    private async Task DecideAsync(OrderEventRecord record, Order order)
    {
        var kind = record.EventType;
        var existing = await _ledgerStore.GetOrderEntriesAsync(order.Id);
        var history = await _ledgerHistory.GetOrderHistoryAsync(order, record, existing);

        //planning reads the store; the engine asks for the plan only when the payment is to be written
        PaidOrderPlan payment = null;
        CreditingDecision crediting = null;
        if (kind == OrderEventKind.Paid && !history.PaymentProcessed)
        {
            var items = (await _orderService.GetOrderItemsAsync(order.Id)).ToList();
            var setup = await _setupBuilder.BuildAsync([order], items);
            var snapshot = await _snapshotBuilder.BuildAsync(order, items);
            crediting = await ChooseCreditingAsync(order, snapshot, setup);
            payment = await _ledgerHistory.PlanPaymentAsync(order, setup, snapshot, credit: crediting.Credit);
        }

        var closed = await _periodCloseService.GetClosedMonthsAsync();
        var outcome = OrderEventDecision.Decide(kind, history, order.RefundedAmount, record.Amount, () => payment, closed);
        if (outcome.Waits)
            throw new InvalidOperationException($"The paid event of order #{order.Id} is not processed yet; this event waits for it");

        await _ledgerStore.WriteAsync(order, existing, outcome);
        if (outcome.Payment is not null && crediting is { Store: true })
            await _creditingStore.SaveAsync(order, crediting.Credit);
    }

    /// <summary>The crediting a payment is planned with: the one stored with the order, if any, else today's (rules §2, §5).</summary>
    private async Task<CreditingDecision> ChooseCreditingAsync(Order order, OrderSnapshot snapshot, CommissionSetup setup)
    {
        var stored = (await _creditingStore.GetAsync([order.Id])).TryGetValue(order.Id, out var credit) ? credit : null;
        return CreditingChoice.Choose(stored, creditAgain: false, snapshot, setup);
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task ApplyAsync(OrderEventRecord record, Order order)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(order);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DecideAndWriteAsync(record, order);
                return;
            }
            catch (Exception exception) when (attempt < MaxImmediateAttempts && (IsDuplicateKey(exception) || IsTransient(exception)))
            {
                //a duplicate means another delivery wrote first: decided again on the ledger as it now stands, it writes nothing
                await _logger.InformationAsync(
                    $"Sales commission: the {record.EventType} event of order #{order.Id} is decided again at once (attempt {attempt + 1})", exception);
            }
        }
    }

    #endregion
}
