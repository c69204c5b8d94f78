using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Runs a program as edited over paid orders with the engine, exactly as the ledger would when the orders are paid:
/// the store's setup (targets, category tree and whether gift cards earn included) with the edited program in place, snapshots of the orders, and <see cref="PaidOrderPlanner"/>
/// through the ledger's planning (period totals of earlier orders count, then the simulation's own). Orders cancelled,
/// voided or deleted in the store count toward period totals, as in the ledger, but their entries are left out (the
/// ledger reverses them); refunds are not deducted. Writes nothing.
/// </summary>
public class ProgramSimulationService : IProgramSimulationService
{
    #region Fields

    /// <summary>The most orders one simulation plans.</summary>
    public const int MaxOrders = 2000;

    private const int BatchSize = 500;

    private readonly ICommissionSetupBuilder _setupBuilder;
    private readonly ILedgerHistory _ledgerHistory;
    private readonly IOrderSnapshotBuilder _snapshotBuilder;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<OrderItem> _orderItemRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public ProgramSimulationService(ICommissionSetupBuilder setupBuilder,
        ILedgerHistory ledgerHistory,
        IOrderSnapshotBuilder snapshotBuilder,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository)
    {
        _setupBuilder = setupBuilder;
        _ledgerHistory = ledgerHistory;
        _snapshotBuilder = snapshotBuilder;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<ProgramSimulation> SimulateAsync(ProgramDefinition definition, DateTime fromUtc, DateTime toUtc)
    {
        ArgumentNullException.ThrowIfNull(definition);

        var edited = definition.ToEngineProgram() with { Active = true };
        var orders = await _orderRepository.Table
            .Where(order => order.PaidDateUtc >= fromUtc && order.PaidDateUtc < toUtc)
            .OrderBy(order => order.PaidDateUtc)
            .ThenBy(order => order.Id)
            .Take(MaxOrders + 1)
            .ToListAsync();
        var truncated = orders.Count > MaxOrders;
        if (truncated)
            orders.RemoveAt(MaxOrders);

        var scope = HistoryScope.Run(fromUtc, null);
        var entries = new List<LedgerEntry>();
        foreach (var batch in orders.Chunk(BatchSize))
        {
            var orderIds = batch.Select(order => order.Id).ToArray();
            var items = await _orderItemRepository.Table.Where(item => orderIds.Contains(item.OrderId)).ToListAsync();
            var setup = (await _setupBuilder.BuildAsync(batch, items)).WithProgram(edited);
            var snapshots = await _snapshotBuilder.BuildAsync(batch, items);

            foreach (var order in batch)
            {
                var plan = await _ledgerHistory.PlanPaymentAsync(order, setup, snapshots[order.Id], scope);

                if (!ReversedOrder.InStore(order))
                    entries.AddRange(plan.Entries.Where(entry => entry.ProgramId == edited.Id));
            }
        }

        return new ProgramSimulation(orders.Count, truncated, entries);
    }

    #endregion
}
