using System.Diagnostics;
using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks;

/// <summary>
/// The <c>memory</c> command: recalculates a year of N orders (by default 10,000, then 100,000) in batches
/// of 1,000 and, after every tenth of the stream, forces a full collection and records the live heap, so
/// "memory stays flat as the order count grows" is shown directly rather than inferred. Run one count per
/// process (<c>memory 100000</c>) for a clean peak working set.
/// </summary>
public static class MemoryProbe
{
    /// <summary>Runs the probe for each order count.</summary>
    public static void Run(IReadOnlyList<int> orderCounts)
    {
        var store = new StoreGenerator();
        var setup = store.Setup(StackingPolicy.HighestPriority);
        Console.WriteLine("| orders | live heap before | live heap during (min–max of 10 samples) | live heap after | allocated | allocated/order | gen0/1/2 GCs | elapsed* | peak working set |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var count in orderCounts)
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gens = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var samples = new List<long>();
            var every = Math.Max(1_000, count / 10);
            var clock = Stopwatch.StartNew();
            var run = YearRecalculation.Run(store, setup, count, afterBatch: done =>
            {
                if (done % every == 0)
                    samples.Add(GC.GetTotalMemory(forceFullCollection: true));
            });
            clock.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {count:N0} | {MiB(before)} | {MiB(samples.Min())}–{MiB(samples.Max())} | {MiB(after)} | {MiB(allocated)} | " +
                $"{allocated / (double)count:N0} B | {GC.CollectionCount(0) - gens.Item1}/{GC.CollectionCount(1) - gens.Item2}/{GC.CollectionCount(2) - gens.Item3} | " +
                $"{clock.Elapsed.TotalSeconds:0.00} s | {MiB(Process.GetCurrentProcess().PeakWorkingSet64)} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<!-- {run.Orders:N0} orders: {run.ChangedOrders:N0} changed, {run.Differences:N0} differences, {run.Removed:N0} removed, {run.Added:N0} added, {run.PeriodTotals:N0} period totals -->"));
        }

        Console.WriteLine("* elapsed includes the 10 forced full collections; time the recalculation with the RecalculationBenchmarks instead.");
    }

    private static string MiB(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MiB");
}
