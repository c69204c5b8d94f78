using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;

/// <summary>
/// What the plugin does around the engine when orders are paid and refunded, minus the database: it keeps
/// the period totals in a dictionary, adds each paid order's contributions, and plans the clawbacks of
/// each refund against the entries written so far.
/// </summary>
public sealed class HostLedger
{
    private readonly CommissionSetup _setup;
    private readonly Dictionary<PeriodKey, decimal> _periodTotals = [];
    private readonly Func<PeriodKey, decimal> _totalBefore;

    /// <summary>Starts an empty ledger for a setup.</summary>
    public HostLedger(CommissionSetup setup)
    {
        _setup = setup;
        _totalBefore = key => _periodTotals.GetValueOrDefault(key);
    }

    /// <summary>How many period totals (program, beneficiary, period) are kept.</summary>
    public int PeriodTotalCount => _periodTotals.Count;

    /// <summary>The period totals kept so far.</summary>
    public IReadOnlyDictionary<PeriodKey, decimal> PeriodTotals => _periodTotals;

    /// <summary>Plans a paid order and adds its contributions to the period totals.</summary>
    public PaidOrderPlan Pay(GeneratedOrder paid)
    {
        var plan = PaidOrderPlanner.Plan(_setup, paid.Order, paid.ClientOrderRank, _totalBefore);
        foreach (var contribution in plan.Contributions)
            _periodTotals[contribution.Key] = _periodTotals.GetValueOrDefault(contribution.Key) + contribution.Amount;
        return plan;
    }

    /// <summary>
    /// Plans every refund of an order in turn, each against the entries written before it, appends the
    /// clawbacks to <paramref name="written"/> and returns the order's state after the last refund.
    /// </summary>
    public static OrderLedgerState Refund(GeneratedOrder paid, List<LedgerEntry> written)
    {
        var state = new OrderLedgerState(paid.Order.Total, 0m, false);
        foreach (var refund in paid.Refunds)
        {
            state = state with { RefundedAmount = state.RefundedAmount + refund };
            written.AddRange(ClawbackPlanner.Plan(written, state, refund));
        }

        return state;
    }

    /// <summary>Pays an order and plays its refunds; returns how many entries were planned.</summary>
    /// <param name="paid">The order.</param>
    /// <param name="readDerivations">
    /// True to read every entry's derivation, as the plugin does when it writes the entries (a derivation is built when
    /// first read); false for the plan alone, as a simulation or a recalculation of unchanged entries needs it.
    /// </param>
    public int PayAndRefund(GeneratedOrder paid, bool readDerivations = false)
    {
        var plan = Pay(paid);
        if (paid.Refunds.Count == 0)
            return Read(plan.Entries, readDerivations);

        var written = new List<LedgerEntry>(plan.Entries);
        Refund(paid, written);
        return Read(written, readDerivations);
    }

    private static int Read(IReadOnlyList<LedgerEntry> entries, bool readDerivations)
    {
        if (!readDerivations)
            return entries.Count;

        var built = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Derivation is not null)
                built++;
        }

        return built;
    }
}
