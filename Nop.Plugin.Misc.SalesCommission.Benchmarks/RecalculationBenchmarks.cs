using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks;

/// <summary>
/// Recalculation of a year in bounded memory: N = 10,000 and 10×N = 100,000 orders streamed in batches of
/// 1,000 through the paid-order planner and the recalculation planner against recorded entries (see
/// <see cref="YearRecalculation"/>). One operation is one order, so flat per-order figures mean cost grows
/// linearly; the GC heap size is sampled after every batch and its maximum printed at the end of each case
/// (the <c>memory</c> command gives the live heap after full collections). StreamOnly
/// is the generator alone, the stand-in for reading the orders, to subtract from the totals.
/// </summary>
[MemoryDiagnoser]
public class RecalculationBenchmarks
{
    /// <summary>N.</summary>
    public const int SmallYear = 10_000;

    /// <summary>10×N.</summary>
    public const int LargeYear = 100_000;

    private StoreGenerator _store = null!;
    private CommissionSetup _setup = null!;
    private long _maxHeapAfterGc;

    /// <summary>Builds the store once.</summary>
    [GlobalSetup]
    public void GenerateStore()
    {
        _store = new StoreGenerator();
        _setup = _store.Setup(StackingPolicy.HighestPriority);
    }

    /// <summary>
    /// Prints the largest GC heap size seen after a batch (the heap as of the last collection: live objects
    /// plus fragmentation and the gen0 budget, hence above the live heap the <c>memory</c> command reports)
    /// and the process's peak working set.
    /// </summary>
    [GlobalCleanup]
    public void ReportMemory()
    {
        if (_maxHeapAfterGc > 0)
            Console.WriteLine($"// memory: max GC heap size after a batch = {_maxHeapAfterGc / 1048576.0:0.0} MiB; " +
                              $"process peak working set = {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0.0} MiB");
    }

    /// <summary>N orders.</summary>
    [Benchmark(OperationsPerInvoke = SmallYear)]
    public int RecalculateYear_10k() => YearRecalculation.Run(_store, _setup, SmallYear, afterBatch: SampleHeap).Differences;

    /// <summary>10×N orders.</summary>
    [Benchmark(OperationsPerInvoke = LargeYear)]
    public int RecalculateYear_100k() => YearRecalculation.Run(_store, _setup, LargeYear, afterBatch: SampleHeap).Differences;

    /// <summary>The order stream alone (what stands in for the host's reads), 10×N orders in batches.</summary>
    [Benchmark(OperationsPerInvoke = LargeYear)]
    public int StreamOnly_100k()
    {
        var lines = 0;
        foreach (var batch in _store.Orders(LargeYear).Chunk(1_000))
        {
            foreach (var paid in batch)
                lines += paid.Order.Lines.Count;
        }

        return lines;
    }

    private void SampleHeap(int ordersDone) =>
        _maxHeapAfterGc = Math.Max(_maxHeapAfterGc, GC.GetGCMemoryInfo().HeapSizeBytes);
}
