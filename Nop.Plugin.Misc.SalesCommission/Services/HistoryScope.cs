using System.Linq.Expressions;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Which history a payment is planned on. The ledger as stored, for an order being paid now; or, for a run over many
/// orders (recalculation, simulation), the stored history of the orders outside the run plus what the run itself has
/// planned so far, in paid order.
/// </summary>
public sealed class HistoryScope
{
    private readonly DateTime? _runFromUtc;
    private readonly IReadOnlyCollection<int> _runOrderIds;

    private HistoryScope(bool isRun, DateTime? runFromUtc, IReadOnlyCollection<int> runOrderIds)
    {
        IsRun = isRun;
        _runFromUtc = runFromUtc;
        _runOrderIds = runOrderIds;
    }

    /// <summary>The ledger as stored: every earlier order counts.</summary>
    public static HistoryScope Stored => new(false, null, null);

    /// <summary>A run over the orders paid from a time on, or over chosen orders.</summary>
    /// <param name="fromUtc">The run's first paid time; null for all time.</param>
    /// <param name="orderIds">The run's orders, when it is over chosen orders; null otherwise.</param>
    public static HistoryScope Run(DateTime? fromUtc, IReadOnlyCollection<int> orderIds) => new(true, fromUtc, orderIds);

    /// <summary>True for a run.</summary>
    public bool IsRun { get; }

    /// <summary>Period totals of the run's orders planned so far.</summary>
    public Dictionary<PeriodKey, decimal> RunTotals { get; } = [];

    /// <summary>Direct entries of the run's orders planned so far, under period caps.</summary>
    public Dictionary<CapKey, decimal> RunCapPaid { get; } = [];

    /// <summary>Adds what a planned order contributes to the run's own history; nothing outside a run.</summary>
    /// <param name="plan">The order's plan.</param>
    /// <param name="setup">The setup it was planned with (its programs' cap periods).</param>
    /// <param name="paidAtUtc">When the order was paid.</param>
    internal void TakeIn(PaidOrderPlan plan, CommissionSetup setup, DateTime? paidAtUtc)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(setup);
        if (!IsRun)
            return;

        foreach (var contribution in plan.Contributions)
            RunTotals[contribution.Key] = RunTotals.GetValueOrDefault(contribution.Key) + contribution.Amount;
        if (paidAtUtc is not { } paidAt)
            return;

        //cap keys follow the program version in force when the order was paid
        foreach (var entry in plan.Entries)
        {
            if (entry.Kind != EntryKind.Direct || setup.ProgramsInForce(paidAt).FirstOrDefault(program => program.Id == entry.ProgramId) is not { } program)
                continue;
            if (CapKey.For(program, entry.BeneficiaryType, entry.BeneficiaryId, paidAt) is { } key)
                RunCapPaid[key] = RunCapPaid.GetValueOrDefault(key) + entry.Amount;
        }
    }

    /// <summary>The earlier orders whose stored history counts: all of them, or those outside the run.</summary>
    internal Expression<Func<Order, bool>> CountedOrders
    {
        get
        {
            if (!IsRun)
                return _ => true;
            if (_runOrderIds is { } ids)
                return order => !ids.Contains(order.Id);
            if (_runFromUtc is { } from)
                return HistoryCutoff.Before(from).EarlierOrders;
            return _ => false;
        }
    }
}
