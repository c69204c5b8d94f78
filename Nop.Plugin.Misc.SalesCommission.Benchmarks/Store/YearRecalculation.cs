using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;

/// <summary>
/// A manager's "recalculate 2026" as the host would run it in bounded memory: orders stream in batches
/// (of 1,000 by default); for each order the engine plans what it earns under today's programs, period
/// totals rebuilt in paid order, and the recalculation planner compares that with the entries recorded
/// for it; then the batch is dropped. Only the period totals and the generator's per-client order counts
/// outlive a batch; both are bounded by the store's size, not by the number of orders.
/// </summary>
public static class YearRecalculation
{
    /// <summary>Recalculates <paramref name="orders"/> orders of the store.</summary>
    /// <param name="store">The store.</param>
    /// <param name="setup">The store's setup (today's programs).</param>
    /// <param name="orders">How many orders the year has.</param>
    /// <param name="batchSize">Orders per batch.</param>
    /// <param name="afterBatch">Called after each batch with the number of orders done (for memory sampling).</param>
    public static RecalculationRun Run(StoreGenerator store, CommissionSetup setup, int orders, int batchSize = 1_000, Action<int>? afterBatch = null)
    {
        var ledger = new HostLedger(setup);
        int done = 0, changed = 0, differences = 0, removed = 0, added = 0;
        long nextEntryId = 1;
        foreach (var batch in store.Orders(orders).Chunk(batchSize))
        {
            foreach (var paid in batch)
            {
                var plan = ledger.Pay(paid);
                var (recorded, state) = Recorded(paid, plan.Entries, done, ref nextEntryId);
                var recalculation = RecalculationPlanner.Plan(paid.Order.Id, plan.Entries, recorded, state);
                if (!recalculation.IsEmpty)
                    changed++;
                differences += recalculation.Differences.Count;
                removed += recalculation.Remove.Count;
                added += recalculation.Add.Count;
                done++;
            }

            afterBatch?.Invoke(done);
        }

        return new RecalculationRun(done, changed, differences, removed, added, ledger.PeriodTotalCount);
    }

    /// <summary>
    /// Stands in for the host's read of an order's stored entries: what it earned when it was paid, under
    /// the terms of that time (every 7th order's first entry was 0.50 higher: a rate changed since), the
    /// clawbacks of its refunds, and whether they sit in an approved receipt (every 3rd order).
    /// </summary>
    private static (RecordedEntry[] Recorded, OrderLedgerState State) Recorded(
        GeneratedOrder paid, IReadOnlyList<LedgerEntry> earnedNow, int index, ref long nextEntryId)
    {
        var stored = new List<LedgerEntry>(earnedNow.Count + 4);
        for (var i = 0; i < earnedNow.Count; i++)
            stored.Add(i == 0 && index % 7 == 0 ? earnedNow[i] with { Amount = earnedNow[i].Amount + 0.50m } : earnedNow[i]);
        var state = HostLedger.Refund(paid, stored);

        var locked = index % 3 == 0;
        var recorded = new RecordedEntry[stored.Count];
        for (var i = 0; i < stored.Count; i++)
            recorded[i] = new RecordedEntry(nextEntryId++, stored[i], locked);
        return (recorded, state);
    }
}
